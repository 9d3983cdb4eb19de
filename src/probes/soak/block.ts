// The soak block in result.json: one level held for a long time, a sample per window, and a
// trend per resource and for p95 latency.
import { z } from 'zod';
import { ProbeStatus } from '../../core/result.ts';
import { LatencyMs } from '../load/block.ts';

export const SoakSample = z.object({
  /** Seconds since the measured part started (the end of this window). */
  t: z.number(),
  requests: z.number().int(),
  rps: z.number(),
  errorRate: z.number(),
  latencyMs: LatencyMs,
  /** The generator lagged in this window: its latencies are left out of the trends. */
  untrusted: z.boolean().optional(),
  /** Resource name → its value at the end of the window (RSS MB, open files, threads, gauges). */
  resources: z.record(z.string(), z.number()),
});
export type SoakSample = z.infer<typeof SoakSample>;

export const Trend = z.object({
  unit: z.string(),
  verdict: z.enum(['flat', 'growing', 'insufficient']),
  /** Theil–Sen slope of the lower envelope, per hour, with Sen's 95% interval. */
  slopePerHour: z.number().nullable(),
  slopeLowPerHour: z.number().nullable(),
  slopeHighPerHour: z.number().nullable(),
  /** Mann–Kendall two-sided p-value and tau. */
  p: z.number().nullable(),
  tau: z.number().nullable(),
  first: z.number().nullable(),
  last: z.number().nullable(),
  /** The level it must stay under (memory limit × 75%, ulimit -n, max_connections, a gauge's limit). */
  limit: z.number().optional(),
  /** Hours until the fitted line reaches the limit (growing only). */
  hoursToLimit: z.number().nullable().optional(),
  why: z.string().optional(),
});
export type Trend = z.infer<typeof Trend>;

export const SoakProbe = z.object({
  ...ProbeStatus,
  mode: z.enum(['concurrency', 'rate', 'users', 'arrivals']),
  target: z.string(),
  level: z.number(),
  durationS: z.number(),
  warmupS: z.number(),
  sampleIntervalS: z.number(),
  samples: z.array(SoakSample),
  trends: z.record(z.string(), Trend),
  totals: z.object({ requests: z.number().int(), errorRate: z.number(), errors: z.record(z.string(), z.number().int()), latencyMs: LatencyMs }).optional(),
  /** Windows whose generator lagged, and the whole soak's trust (untrusted if more than 10%). */
  untrustedWindows: z.number().int().optional(),
  trusted: z.boolean().optional(),
  untrustedReason: z.string().optional(),
  /** shipgate's own RSS at the start and end of the measured part (MB): a soak must not grow it. */
  generatorRssMB: z.object({ start: z.number(), end: z.number() }).optional(),
});
export type SoakProbe = z.infer<typeof SoakProbe>;
