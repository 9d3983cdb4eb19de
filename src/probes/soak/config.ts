// The `soak:` section and `shipgate soak` flags: the ramp's target, scenario and sampling
// options, with one level held for a duration instead of steps.
import { z } from 'zod';
import type { FlagTable } from '../../core/probe.ts';
import { positiveNumber } from '../../core/flags.ts';
import { DurationMs } from '../../lib/duration.ts';
import { LOAD_FLAGS, LoadConfig, RAMP_ONLY, type LoadConfigInput, type RampOnly } from '../load/config.ts';

export const SoakConfig = z.looseObject({
  ...LoadConfig.shape,
  /** The level held: connections, requests/s, users or users/s (by mode). */
  level: z.number().positive(),
  /** How long the measured part lasts. */
  duration: DurationMs.default(30 * 60_000),
  /** One sample (latency window, resources) per interval. */
  sampleInterval: DurationMs.default(5_000),
  /** The target's memory limit in MB, for the time to exhaustion (default: its cgroup limit, else the machine's memory). */
  memoryLimit: z.number().positive().optional(),
});
export type SoakConfig = z.infer<typeof SoakConfig>;

export interface SoakConfigInput extends Omit<LoadConfigInput, RampOnly> {
  level: number;
  duration?: string | number;
  sampleInterval?: string | number;
  memoryLimit?: number;
}

const shared = Object.fromEntries(Object.entries(LOAD_FLAGS).filter(([k]) => !(RAMP_ONLY as readonly string[]).includes(k))) as Omit<
  typeof LOAD_FLAGS,
  RampOnly
>;

export const SOAK_FLAGS: FlagTable<SoakConfigInput> = {
  ...shared,
  warmup: { flags: '--warmup <d>', description: 'unmeasured start, e.g. 2m (default 2m)', path: 'warmup' },
  level: { flags: '--level <n>', description: 'the level held: connections, requests/s, users or users/s (by --mode)', path: 'level', parse: positiveNumber },
  duration: { flags: '--duration <d>', description: 'how long to hold it, measured, e.g. 30m or 8h (default 30m)', path: 'duration' },
  sampleInterval: { flags: '--sample-interval <d>', description: 'one sample (latency, errors, resources) per interval (default 5s)', path: 'sampleInterval' },
  memoryLimit: {
    flags: '--memory-limit <mb>',
    description: "the target's memory limit in MB, for the time to exhaustion (default: its cgroup limit, else the machine's)",
    path: 'memoryLimit',
    parse: positiveNumber,
  },
};
