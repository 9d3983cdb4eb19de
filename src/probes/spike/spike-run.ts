// Base → peak → base in one open schedule (no gap between the parts: a spike's backlog is
// still there when the base rate resumes, as in production), every request put in the
// one-second bucket of the time it was due. A request due after the spike that waits behind
// the spike's backlog is slow, so the timeline shows the backlog draining.
//
// Recovery: the pre-spike band is the pre-spike part's p95 × 1.5 + 5 ms (jitter on a fast
// service is not a failure to recover) and its error rate + 1 percentage point. The target has
// recovered at the first second after the spike that is in the band and from which all the
// requests of the next `sustain` seconds, together, are in it too (one slow request in a quiet
// second does not undo a recovery); recoveryS is that second's start minus the spike's end.
import { checkReachable } from '../../core/reachability.ts';
import { availableParallelism } from 'node:os';
import { latencyFromHistogram, newLatencyHistogram } from '../../lib/histogram.ts';
import type { ProgressTask } from '../../core/progress.ts';
import { drive } from '../load/drive.ts';
import { compileFlow } from '../load/flow.ts';
import { GeneratorMonitor, saturationReason, sendLagReason, worstHealth } from '../load/generator-health.ts';
import { GeneratorThreads } from '../load/generator-threads.ts';
import { spikePhase, spikeRate, type SpikeSchedule } from '../load/spike-schedule.ts';
import { threadsFor } from '../load/worker-job.ts';
import { materialize, prepareRequest, weightedSequence } from '../load/request-mix.ts';
import type { DataFeed } from '../load/data-feed.ts';
import type { RampScenario } from '../load/scenario.ts';
import type { SpikeBucket, SpikeProbe } from './block.ts';

export interface SpikeTimes {
  base: number;
  peak: number;
  warmupMs: number;
  beforeMs: number;
  holdMs: number;
  recoverMs: number;
  sustainMs: number;
}

export async function runSpike(
  s: RampScenario,
  target: string,
  feeds: DataFeed[] | undefined,
  o: SpikeTimes,
  task: ProgressTask,
  signal?: AbortSignal,
): Promise<Omit<SpikeProbe, 'status' | 'target' | 'mode'>> {
  const requests = weightedSequence(s.endpoints).map((e) => prepareRequest(e, s.headers, target, feeds));
  // arrivals: each new user runs the flow once; its requests go in the buckets of the times
  // they were due, as single requests do.
  const flow = s.flow ? compileFlow(s, target, feeds ?? []) : undefined;
  const spikeStart = o.warmupMs + o.beforeMs; // ms from the schedule's start
  const schedule: SpikeSchedule = { base: o.base, peak: o.peak, startMs: spikeStart, holdMs: o.holdMs };
  const rateAt = spikeRate(schedule);
  const phaseAt = (t: number) => spikePhase(schedule, t);
  // Worker threads when the peak needs them (worker-job.ts), each offering its share of the
  // whole schedule; their timelines are added into one.
  const threadCount = threadsFor(s.mode, o.peak, s.workers ?? availableParallelism());
  const threads = threadCount > 1 ? await GeneratorThreads.open(threadCount) : undefined;
  const monitor = new GeneratorMonitor();
  monitor.start();
  const totalMs = o.warmupMs + o.beforeMs + o.holdMs + o.recoverMs;
  let d: Awaited<ReturnType<typeof drive>>;
  try {
    d = await drive(s, {
      target,
      level: o.base,
      warmupMs: o.warmupMs,
      durationMs: o.beforeMs + o.holdMs + o.recoverMs,
      requests,
      spike: schedule,
      ...(flow ? { flow } : {}),
      ...(threads ? { threads } : {}),
      ...(feeds ? { feeds } : {}),
      ...(signal ? { signal } : {}),
      onProgress: (_r, elapsed) => {
        const t = (elapsed - spikeStart) / 1000;
        const where =
          t < 0
            ? `before the spike (${o.base}/s)`
            : t * 1000 < o.holdMs
              ? `SPIKE (${o.peak}/s)`
              : `after the spike (${o.base}/s), +${(t - o.holdMs / 1000).toFixed(0)} s`;
        task.update(Math.round(elapsed / 1000), Math.round(totalMs / 1000), where);
      },
    });
  } finally {
    await threads?.close();
  }
  const rec = d.timeline!;
  // Spread over threads: the worst thread's lag is the spike's (generator-health.ts).
  const health = d.threads ? worstHealth(monitor.stop(), d.threads.health) : monitor.stop();
  const need = Math.max(1, Math.round(o.sustainMs / 1000));
  const sustained = (k: number) => {
    const merged = { hist: newLatencyHistogram(), requests: 0, failed: 0 };
    for (let j = k; j < k + need; j++) {
      const b = rec.buckets.get(j);
      if (!b) continue;
      merged.hist.add(b.hist);
      merged.requests += b.requests;
      merged.failed += b.failed;
    }
    return {
      sustainedP95Ms: merged.hist.totalCount ? round(merged.hist.getValueAtPercentile(95) / 1000, 2) : null,
      sustainedErrorRate: round(merged.requests ? merged.failed / merged.requests : 0, 4),
    };
  };
  const timeline: SpikeBucket[] = [...rec.buckets.entries()]
    .sort((a, b) => a[0] - b[0])
    .filter(([k]) => k * 1000 >= -o.beforeMs && k * 1000 < o.holdMs + o.recoverMs)
    .map(([k, b]) => ({
      t: k,
      phase: phaseAt(k * 1000),
      offered: rateAt(spikeStart + k * 1000),
      requests: b.requests,
      errorRate: round(b.requests ? b.failed / b.requests : 0, 4),
      p95Ms: b.hist.totalCount ? round(b.hist.getValueAtPercentile(95) / 1000, 2) : null,
      ...(phaseAt(k * 1000) === 'after' && (k + need) * 1000 <= o.holdMs + o.recoverMs ? sustained(k) : {}),
    }));
  const before = rec.phases.before;
  const preP95 = before.hist.totalCount ? before.hist.getValueAtPercentile(95) / 1000 : undefined;
  const preErrors = before.failed / Math.max(1, before.requests);
  // A target already failing before the spike (above the breaking criterion) has no healthy
  // band to come back to: "recovered" to 100% errors would be a pass for a broken service.
  const noBand =
    preP95 === undefined
      ? 'no request answered before the spike: no band to recover to'
      : preErrors > s.breaking.errorRate
        ? `${round(preErrors * 100, 1)}% of requests failed before the spike (over the ${s.breaking.errorRate * 100}% breaking criterion): no healthy band to recover to`
        : undefined;
  const band =
    noBand || preP95 === undefined ? undefined : { p95Ms: round(preP95 * 1.5 + 5, 2), errorRate: round(preErrors + 0.01, 4), sustainS: o.sustainMs / 1000 };
  const recoveryS = band ? recoveryOf(timeline, band, o) : null;
  let survived = true;
  try {
    await checkReachable(target, { ...requests[0]!, ...materialize(requests[0]!, 0) }, Math.min(s.timeout, 5000), signal);
  } catch {
    survived = false;
  }
  const reason = [saturationReason(health), sendLagReason(s.mode, d.sendLagMsMean)].filter(Boolean);
  return {
    base: o.base,
    peak: o.peak,
    holdS: o.holdMs / 1000,
    recoverS: o.recoverMs / 1000,
    ...(band ? { band } : {}),
    ...(noBand ? { noBand } : {}),
    recoveryS,
    recovered: recoveryS !== null,
    phases: (['before', 'spike', 'after'] as const).map((name) => {
      const a = rec.phases[name];
      return {
        name,
        requests: a.requests,
        errorRate: round(a.requests ? a.failed / a.requests : 0, 6),
        errors: a.errors,
        latencyMs: latencyFromHistogram(a.hist),
      };
    }),
    timeline,
    survived,
    trusted: reason.length === 0,
    workers: d.threads?.count ?? 1,
    ...(reason.length ? { untrustedReason: reason.join('; ') } : {}),
  };
}

/** The first second after the spike that is itself in the band, and from which the requests
 * of the next `sustain` seconds, taken together, are too (p95 and error rate). */
export function recoveryOf(timeline: SpikeBucket[], band: { p95Ms: number; errorRate: number }, o: Pick<SpikeTimes, 'holdMs'>): number | null {
  const inBand = (p95: number | null | undefined, errors: number | undefined) => p95 != null && p95 <= band.p95Ms && (errors ?? 0) <= band.errorRate;
  const first = timeline.find(
    (b) =>
      b.phase === 'after' && b.requests > 0 && inBand(b.p95Ms, b.errorRate) && b.sustainedP95Ms !== undefined && inBand(b.sustainedP95Ms, b.sustainedErrorRate),
  );
  return first ? round(first.t - o.holdMs / 1000, 1) : null;
}

function round(n: number, d: number): number {
  const f = 10 ** d;
  return Math.round(n * f) / f;
}
