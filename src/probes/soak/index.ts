// The soak probe: hold one level (any load model) for a long time and tell whether memory,
// open files, threads, database connections, gauges or p95 latency trend up (a leak), with
// the time until a growing resource reaches its limit.
import type { Probe } from '../../core/probe.ts';
import { UsageError } from '../../core/errors.ts';
import { redactUrl } from '../../core/allow-host.ts';
import { loadProbe, type LoadPrepared } from '../load/index.ts';
import { unitOf } from '../load/plan.ts';
import { openTarget } from '../load/target-session.ts';
import { SoakProbe } from './block.ts';
import { SOAK_CATALOG } from './catalog.ts';
import { SOAK_FLAGS, SoakConfig, type SoakConfigInput } from './config.ts';
import { RAMP_ONLY } from '../load/config.ts';
import { soakMetricLookup } from './metrics.ts';
import { soakReport } from './report.ts';

export interface SoakPrepared {
  load: LoadPrepared;
  level: number;
  durationMs: number;
  warmupMs: number;
  sampleIntervalMs: number;
  memoryLimitMb?: number;
}

export const soakProbe = {
  name: 'soak',
  description: 'soak: hold one level for a long time; memory, files, threads and p95 latency trends, time to exhaustion',
  config: SoakConfig,
  command: { name: 'soak', description: 'hold one level and find what leaks', flags: SOAK_FLAGS, maxRunTime: 25 * 3600_000 },
  block: SoakProbe,

  async prepare(c, ctx) {
    const { level, duration, sampleInterval, memoryLimit, ...load } = c;
    const misplaced = RAMP_ONLY.filter((k) => k in load);
    if (misplaced.length) throw new UsageError(`${ctx.where}: ${misplaced.join(', ')} belong to a ramp; a soak holds one level (level, duration)`);
    if (sampleInterval < 1000) throw new UsageError(`${ctx.where}: sampleInterval ${sampleInterval} ms is under 1 s`);
    if (duration < sampleInterval * 3) throw new UsageError(`${ctx.where}: duration is under three sample intervals`);
    const warmup = (load.warmup as string | number | undefined) ?? '2m';
    const prepared = await loadProbe.prepare({ ...load, warmup, steps: [level], stepDuration: duration } as Parameters<typeof loadProbe.prepare>[0], ctx);
    return {
      load: prepared,
      level,
      durationMs: duration,
      warmupMs: prepared.scenario.warmup,
      sampleIntervalMs: sampleInterval,
      ...(memoryLimit ? { memoryLimitMb: memoryLimit } : {}),
    };
  },

  async measure(p, ctx) {
    const { runSoak } = await import('./soak-run.ts');
    const opened = await openTarget(p.load, ctx.log);
    const base = { mode: p.load.scenario.mode, target: redactUrl(opened.target) };
    const task = ctx.progress.task(`soak: ${p.level} ${unitOf(p.load.scenario.mode)} for ${Math.round(p.durationMs / 60_000)} min`);
    try {
      const r = await runSoak({
        p: p.load,
        level: p.level,
        durationMs: p.durationMs,
        warmupMs: p.warmupMs,
        sampleIntervalMs: p.sampleIntervalMs,
        opened,
        task,
        signal: ctx.signal,
        ...(p.memoryLimitMb ? { memoryLimitMb: p.memoryLimitMb } : {}),
      });
      const target = Object.entries(r.trends).filter(([n]) => n !== 'shipgate RSS');
      const growing = target.filter(([, t]) => t.verdict === 'growing').map(([n, t]) => `${n} +${t.slopePerHour} ${t.unit}/h`);
      task.done(growing.length ? `growing: ${growing.join(', ')}` : `nothing grows (${target.map(([n]) => n).join(', ')})`);
      return { status: 'ok', ...base, ...r };
    } finally {
      await opened.close();
    }
  },

  errorBlock(p, message, partial) {
    const base: SoakProbe = partial ?? {
      status: 'error',
      mode: p.load.scenario.mode,
      target: redactUrl(p.load.target ?? p.load.service?.url ?? '(service)'),
      level: p.level,
      durationS: 0,
      warmupS: p.warmupMs / 1000,
      sampleIntervalS: p.sampleIntervalMs / 1000,
      samples: [],
      trends: {},
    };
    return { ...base, status: 'error', message };
  },

  describe: (p) => `soak ${p.level} ${unitOf(p.load.scenario.mode)} for ${Math.round(p.durationMs / 60_000)} min`,

  gates: { defaults: () => ['default.gates.yaml'], extra: () => [] },
  metrics: { catalog: SOAK_CATALOG, lookup: soakMetricLookup },
  comparables: (b) =>
    b.status === 'error'
      ? []
      : Object.entries(b.trends)
          .filter(([, t]) => t.verdict !== 'insufficient' && t.slopePerHour !== null)
          .map(([name, t]) => ({
            probe: 'soak',
            key: `soak.${name.replace(/\W+/g, '_')}.slope_per_hour`,
            label: `${name} growth per hour`,
            unit: `${t.unit}/h`,
            worse: 'higher' as const,
            value: t.verdict === 'growing' ? t.slopePerHour! : 0,
            absoluteFloor: 1,
          })),
  report: soakReport,
} satisfies Probe<'soak', SoakConfigInput, SoakConfig, SoakPrepared, SoakProbe>;
