// The spike block in result.json: base → peak → base, a timeline of one-second buckets (by
// the time each request was due), and how long the target took to come back.
import { z } from 'zod';
import { ProbeStatus } from '../../core/result.ts';
import { LatencyMs } from '../load/block.ts';

export const SpikeBucket = z.object({
  /** Seconds from the start of the spike (negative before it). */
  t: z.number(),
  phase: z.enum(['before', 'spike', 'after']),
  /** Requests/s (arrivals: users/s) offered in this second. */
  offered: z.number(),
  requests: z.number().int(),
  errorRate: z.number(),
  p95Ms: z.number().nullable(),
  /** The p95 and error rate of every request due from this second on for `sustain` seconds:
   * what recovery is judged on (one slow request in a quiet second does not undo it). */
  sustainedP95Ms: z.number().nullable().optional(),
  sustainedErrorRate: z.number().optional(),
});
export type SpikeBucket = z.infer<typeof SpikeBucket>;

export const SpikeProbe = z.object({
  ...ProbeStatus,
  /** rate: base and peak are requests/s; arrivals: new virtual users/s, each running the flow once. */
  mode: z.enum(['rate', 'arrivals']),
  target: z.string(),
  base: z.number(),
  peak: z.number(),
  holdS: z.number(),
  recoverS: z.number(),
  /** The pre-spike band a bucket must be back within: p95 and error rate ceilings. */
  band: z.object({ p95Ms: z.number(), errorRate: z.number(), sustainS: z.number() }).optional(),
  /** Why there is no band (the target failed before the spike, or never answered): recovery is not measured. */
  noBand: z.string().optional(),
  /** Seconds from the end of the spike until the first bucket of a sustained stretch back in the band; null: not within recoverS. */
  recoveryS: z.number().nullable(),
  recovered: z.boolean(),
  phases: z.array(
    z.object({
      name: z.enum(['before', 'spike', 'after']),
      requests: z.number().int(),
      errorRate: z.number(),
      errors: z.record(z.string(), z.number().int()),
      latencyMs: LatencyMs,
    }),
  ),
  timeline: z.array(SpikeBucket),
  /** Did the target still answer after the spike (an unloaded request)? */
  survived: z.boolean().optional(),
  trusted: z.boolean().optional(),
  untrustedReason: z.string().optional(),
  /** Generator threads that sent the schedule (1: the main thread). */
  workers: z.number().int().optional(),
});
export type SpikeProbe = z.infer<typeof SpikeProbe>;

/** What base, peak and `offered` count: requests/s, or new users/s in the arrivals model. */
export function spikeUnit(mode: string): string {
  return mode === 'arrivals' ? 'users/s' : 'req/s';
}
