// shipgate.config.ts|json|yaml: which probes `shipgate run` runs, against what, judged by
// which gate files. Each probe validates its own section; this file only knows the outline.
import { z } from 'zod';
import { DurationMs } from '../lib/duration.ts';
import type { RampScenarioInput } from '../probes/load/scenario.ts';
import { loadFile } from '../core/load-file.ts';
import type { MigrateConfig } from '../probes/migrate/migrate-config.ts';
import { WebConfig, type WebConfigInput } from '../probes/web/web-config.ts';
import { AuditConfig, type AuditConfigInput } from '../probes/audit/audit-config.ts';

export const ServiceSpecSchema = z.strictObject({
  /** Shell command that starts the service; `{port}` becomes a free loopback port. */
  command: z.string().min(1),
  url: z.string().min(1),
  health: z.string().default('/'),
  readyTimeout: DurationMs.default(15_000),
});

export const LoadConfig = z.looseObject({
  /** A scenario file, or the scenario inline. Other keys here override it. */
  scenario: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  target: z.url().optional(),
  /** A service shipgate starts for the ramp, and stops after it (the demo uses this). */
  service: ServiceSpecSchema.optional(),
  /** Sample this process id per step (a started service is sampled anyway). */
  targetPid: z.number().int().positive().optional(),
  /** PostgreSQL to sample read-only per step. */
  dbUrl: z.string().optional(),
  /** Prometheus/OpenMetrics endpoint (`{port}` = the started service's port) and gauges to read. */
  metrics: z
    .strictObject({
      url: z.string(),
      gauges: z.array(z.strictObject({ name: z.string(), metric: z.string(), limit: z.union([z.number(), z.string()]).optional(), unit: z.string().optional() })),
    })
    .optional(),
  /** Growth projection: today's peak level (default: expect) and the growth factor (default 10). */
  current: z.number().positive().optional(),
  growth: z.number().positive().optional(),
});

export const ShipgateConfig = z.strictObject({
  /** Hosts other than loopback that may receive load. */
  allowHosts: z.array(z.string()).default([]),
  /** Gate files, relative to the working directory. A probe no file has a section for is
   * judged by the playbook's defaults shipped with shipgate. */
  gates: z.array(z.string()).default([]),
  /** Hard cap on the whole run. */
  maxRunTime: DurationMs.default(30 * 60_000),
  /** The accepted baseline (`shipgate baseline accept`) and how differences are judged. */
  baseline: z
    .looseObject({ file: z.string().optional() })
    .optional(),
  load: LoadConfig.optional(),
  migrate: z.unknown().optional(),
  web: WebConfig.optional(),
  audit: AuditConfig.optional(),
});
export type ShipgateConfig = z.infer<typeof ShipgateConfig>;

export interface LoadConfigInput extends Partial<RampScenarioInput> {
  scenario?: string | RampScenarioInput;
  target?: string;
  targetPid?: number;
  dbUrl?: string;
  metrics?: { url: string; gauges: { name: string; metric: string; limit?: number | string; unit?: string }[] };
  current?: number;
  growth?: number;
  service?: z.input<typeof ServiceSpecSchema>;
}

export interface ShipgateConfigInput {
  allowHosts?: string[];
  gates?: string[];
  maxRunTime?: string | number;
  baseline?: { file?: string; warn?: number; fail?: number; metrics?: Record<string, { warn?: number; fail?: number }>; minSamples?: number; alpha?: number };
  load?: LoadConfigInput;
  migrate?: z.input<typeof MigrateConfig>;
  web?: WebConfigInput;
  audit?: AuditConfigInput;
}

/** Typed helper for shipgate.config.ts. */
export function defineConfig(config: ShipgateConfigInput): ShipgateConfigInput {
  return config;
}

export async function loadConfig(file: string): Promise<ShipgateConfig> {
  return (await loadFile(file, ShipgateConfig)).data;
}
