// The `spike:` section and `shipgate spike` flags: the ramp's target and request options,
// a base rate, a peak and how long each part lasts. Open models only, requests/s (rate) or new
// virtual users/s running a flow (arrivals): the spike is offered whether or not the target
// keeps up, which is the point.
import { z } from 'zod';
import type { FlagTable } from '../../core/probe.ts';
import { positiveNumber } from '../../core/flags.ts';
import { DurationMs } from '../../lib/duration.ts';
import { LOAD_FLAGS, LoadConfig, RAMP_ONLY, type LoadConfigInput, type RampOnly } from '../load/config.ts';

export const SpikeConfig = z.looseObject({
  ...LoadConfig.shape,
  base: z.number().positive(),
  peak: z.number().positive(),
  /** Measured at base before the spike: the band recovery is judged against. */
  before: DurationMs.default(30_000),
  hold: DurationMs.default(30_000),
  /** The longest wait for recovery after the spike. */
  recover: DurationMs.default(120_000),
  /** How long the target must stay in the band to count as recovered. */
  sustain: DurationMs.default(5_000),
});
export type SpikeConfig = z.infer<typeof SpikeConfig>;

export interface SpikeConfigInput extends Omit<LoadConfigInput, RampOnly> {
  base: number;
  peak: number;
  before?: string | number;
  hold?: string | number;
  recover?: string | number;
  sustain?: string | number;
  workers?: number;
}

const shared = Object.fromEntries(Object.entries(LOAD_FLAGS).filter(([k]) => !(RAMP_ONLY as readonly string[]).includes(k))) as Omit<
  typeof LOAD_FLAGS,
  RampOnly
>;

export const SPIKE_FLAGS: FlagTable<SpikeConfigInput> = {
  ...shared,
  workers: LOAD_FLAGS.workers,
  mode: {
    flags: '--mode <mode>',
    description: 'rate (requests/s) or arrivals (new virtual users/s, each running the scenario flow once); open models only',
    path: 'mode',
    choices: ['rate', 'arrivals'],
  },
  warmup: { flags: '--warmup <d>', description: 'unmeasured start at the base rate, e.g. 5s (default 5s)', path: 'warmup' },
  base: { flags: '--base <n>', description: 'requests/s (arrivals: users/s) before and after the spike', path: 'base', parse: positiveNumber },
  peak: { flags: '--peak <n>', description: 'requests/s (arrivals: users/s) during the spike', path: 'peak', parse: positiveNumber },
  before: { flags: '--before <d>', description: 'measured at base before the spike: the band to come back to (default 30s)', path: 'before' },
  hold: { flags: '--hold <d>', description: 'how long the spike lasts (default 30s)', path: 'hold' },
  recover: { flags: '--recover <d>', description: 'the longest wait for recovery after the spike (default 2m)', path: 'recover' },
  sustain: { flags: '--sustain <d>', description: 'how long it must stay back in the band to count as recovered (default 5s)', path: 'sustain' },
};
