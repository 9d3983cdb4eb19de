// The probes, listed once. Everything that depends on which probes exist comes from here: the
// config sections, the gate-file sections and metric catalog, the result.json blocks and their
// JSON Schema, the single-probe commands and the order `shipgate run` measures in.
import type { AnyProbe, Probe } from '../core/probe.ts';
import { loadProbe } from '../probes/load/index.ts';
import { migrateProbe } from '../probes/migrate/index.ts';
import { auditProbe } from '../probes/audit/index.ts';
import { webProbe } from '../probes/web/index.ts';
import { soakProbe } from '../probes/soak/index.ts';
import { spikeProbe } from '../probes/spike/index.ts';

/** In the order `shipgate run` measures them: load first, web last (it needs the browser). */
export const PROBES = [loadProbe, soakProbe, spikeProbe, migrateProbe, auditProbe, webProbe] as const;

export type Registry = typeof PROBES;
export type ProbeName = Registry[number]['name'];
type ProbeNamed<N extends ProbeName> = Extract<Registry[number], { name: N }>;
// biome-ignore lint/suspicious/noExplicitAny: only the block type is inferred here
export type BlockOf<N extends ProbeName> = ProbeNamed<N> extends Probe<any, any, any, any, infer B> ? B : never;
// biome-ignore lint/suspicious/noExplicitAny: only the config input type is inferred here
export type ConfigInputOf<N extends ProbeName> = ProbeNamed<N> extends Probe<any, infer C, any, any, any> ? C : never;

export const PROBE_NAMES = PROBES.map((p) => p.name) as ProbeName[];

export function probeByName(name: string): AnyProbe | undefined {
  return (PROBES as readonly AnyProbe[]).find((p) => p.name === name);
}

export function probeByCommand(command: string): AnyProbe | undefined {
  return (PROBES as readonly AnyProbe[]).find((p) => p.command.name === command);
}

/** Probe name → its metric catalog, for gate files. */
export const CATALOGS = Object.fromEntries((PROBES as readonly AnyProbe[]).map((p) => [p.name, p.metrics.catalog]));
