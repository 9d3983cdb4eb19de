// The spike probe: base → peak → base in an open model (requests/s, or users/s arriving to run
// a flow), and the time the target takes to
// come back to its pre-spike latency and errors.
import type { Probe } from '../../core/probe.ts';
import { UsageError } from '../../core/errors.ts';
import { redactUrl } from '../../core/allow-host.ts';
import { RAMP_ONLY } from '../load/config.ts';
import { loadProbe, type LoadPrepared } from '../load/index.ts';
import { openTarget } from '../load/target-session.ts';
import { SpikeProbe, spikeUnit } from './block.ts';
import { SPIKE_CATALOG } from './catalog.ts';
import { SPIKE_FLAGS, SpikeConfig, type SpikeConfigInput } from './config.ts';
import { spikeMetricLookup } from './metrics.ts';
import { spikeReport } from './report.ts';
import type { SpikeTimes } from './spike-run.ts';

export interface SpikePrepared {
  load: LoadPrepared;
  times: SpikeTimes;
}

export const spikeProbe = {
  name: 'spike',
  description: 'spike: base → peak → base (open model); errors during the spike and the time to recover',
  config: SpikeConfig,
  command: { name: 'spike', description: 'jump to a peak rate and measure how long recovery takes', flags: SPIKE_FLAGS },
  block: SpikeProbe,

  async prepare(c, ctx) {
    const { base, peak, before, hold, recover, sustain, ...load } = c;
    // A spike spreads over worker threads as a ramp's step does: `workers` is its too.
    const misplaced = RAMP_ONLY.filter((k) => k in load && k !== 'workers');
    if (misplaced.length) throw new UsageError(`${ctx.where}: ${misplaced.join(', ')} belong to a ramp; a spike has base, peak, hold and recover`);
    if (peak <= base) throw new UsageError(`${ctx.where}: peak ${peak}/s is not above base ${base}/s`);
    const mode = load.mode ?? 'rate';
    if (mode !== 'rate' && mode !== 'arrivals')
      throw new UsageError(
        `${ctx.where}: a spike runs in an open model (mode: rate, requests/s; or mode: arrivals, new users/s running a flow); got ${String(mode)}`,
      );
    if (sustain > recover) throw new UsageError(`${ctx.where}: sustain is longer than recover: recovery could never be seen`);
    const warmup = (load.warmup as string | number | undefined) ?? '5s';
    const prepared = await loadProbe.prepare(
      { ...load, mode, warmup, steps: [peak], stepDuration: before + hold + recover } as Parameters<typeof loadProbe.prepare>[0],
      ctx,
    );
    return {
      load: prepared,
      times: { base, peak, warmupMs: prepared.scenario.warmup, beforeMs: before, holdMs: hold, recoverMs: recover, sustainMs: sustain },
    };
  },

  async measure(p, ctx) {
    const { runSpike } = await import('./spike-run.ts');
    const opened = await openTarget(p.load, ctx.log);
    const task = ctx.progress.task(`spike: ${p.times.base} → ${p.times.peak} → ${p.times.base} ${spikeUnit(p.load.scenario.mode)}`);
    try {
      const r = await runSpike(p.load.scenario, opened.target, p.load.feeds, p.times, task, ctx.signal);
      task.done(r.recoveryS !== null ? `recovered ${r.recoveryS} s after the spike` : `not recovered within ${r.recoverS} s`);
      return { status: 'ok', mode: spikeMode(p.load.scenario.mode), target: redactUrl(opened.target), ...r };
    } finally {
      await opened.close();
    }
  },

  errorBlock(p, message, partial) {
    const base: SpikeProbe = partial ?? {
      status: 'error',
      mode: spikeMode(p.load.scenario.mode),
      target: redactUrl(p.load.target ?? p.load.service?.url ?? '(service)'),
      base: p.times.base,
      peak: p.times.peak,
      holdS: p.times.holdMs / 1000,
      recoverS: p.times.recoverMs / 1000,
      recoveryS: null,
      recovered: false,
      phases: [],
      timeline: [],
    };
    return { ...base, status: 'error', message };
  },

  describe: (p) =>
    `spike ${p.times.base} → ${p.times.peak} ${spikeUnit(p.load.scenario.mode)} for ${p.times.holdMs / 1000} s, recovery up to ${p.times.recoverMs / 1000} s`,

  gates: { defaults: () => ['default.gates.yaml'], extra: () => [] },
  metrics: { catalog: SPIKE_CATALOG, lookup: spikeMetricLookup },
  comparables: (b) =>
    b.status === 'error' || b.recoveryS === null
      ? []
      : [
          {
            probe: 'spike',
            key: 'spike.recovery_s',
            label: 'recovery after the spike',
            unit: 's',
            worse: 'higher' as const,
            value: b.recoveryS,
            absoluteFloor: 2,
          },
        ],
  report: spikeReport,
} satisfies Probe<'spike', SpikeConfigInput, SpikeConfig, SpikePrepared, SpikeProbe>;

/** prepare lets only the two open models through. */
function spikeMode(mode: string): SpikeProbe['mode'] {
  return mode === 'arrivals' ? 'arrivals' : 'rate';
}
