// One stretch of load at one level, in the scenario's model: the single place that picks the
// generator (N connections for concurrency, the open schedule for requests/s, virtual users
// for flows) and whether the step is spread over worker threads (generator-threads.ts). The
// ramp runs it per step; soak holds it for hours; spike varies the rate in it.
import type { LoadStep } from './block.ts';
import { runClosedStep } from './closed-step.ts';
import { RATE_SHORTFALL, pct } from './breaking-point.ts';
import type { CompiledFlow } from './flow.ts';
import { runFlowStep } from './flow-runner.ts';
import { flowStepFields } from './flow-stats.ts';
import { runOpenStep } from './open-step.ts';
import type { PreparedRequest } from './request-mix.ts';
import type { RampScenario } from './scenario.ts';
import type { StepRecorder } from './step-recorder.ts';
import { ProbeError } from '../../core/errors.ts';
import type { DataFeed } from './data-feed.ts';
import type { GeneratorHealth } from './generator-health.ts';
import type { GeneratorThreads } from './generator-threads.ts';
import { threadsFor } from './worker-job.ts';
import { spikeRate, TimelineRecorder, type SpikeSchedule } from './spike-schedule.ts';

export interface DriveOptions {
  target: string;
  level: number;
  warmupMs: number;
  durationMs: number;
  requests: PreparedRequest[];
  flow?: CompiledFlow;
  signal?: AbortSignal;
  onProgress?: (rec: StepRecorder, elapsedMs: number) => void;
  recorder?: StepRecorder;
  /** Called when the measured window is over, before connections are closed (virtual users). */
  onWindowEnd?: () => void;
  /** rate and arrivals modes: base → peak → base instead of `level` throughout; the recorder
   * is then a TimelineRecorder (Driven.timeline). */
  spike?: SpikeSchedule;
  /** Worker threads to spread a step over (worker-job.ts says how many a level gets, a
   * spike's by its peak); without them, the main thread. A soak (a rotating recorder) runs on
   * the main thread. */
  threads?: GeneratorThreads;
  /** Data sources the endpoints read: worker threads rebuild the requests from them. */
  feeds?: readonly DataFeed[];
}

export interface Driven {
  recorder: StepRecorder;
  /** rate mode: what was offered and achieved. */
  offeredRps?: number;
  achievedRps?: number;
  sendLagMsMean?: number;
  /** Virtual users: per name, iterations, users. */
  flowFields?: Pick<LoadStep, 'byName' | 'iterations' | 'users'>;
  /** Why the generator did not offer what was asked (arrivals started too slowly). */
  shortfall: string[];
  /** Spread over worker threads: how many, and each one's own event-loop health. */
  threads?: { count: number; health: GeneratorHealth[] };
  /** A spike: the answers by the second their requests were due, every thread's added. */
  timeline?: TimelineRecorder;
}

export async function drive(s: RampScenario, o: DriveOptions): Promise<Driven> {
  const d = await driveOnce(s, o);
  return o.spike ? { ...d, timeline: d.recorder as TimelineRecorder } : d;
}

async function driveOnce(s: RampScenario, o: DriveOptions): Promise<Driven> {
  const threads = o.threads && !o.recorder ? threadsFor(s.mode, o.spike?.peak ?? o.level, o.threads.size) : 1;
  // A spike sent from this thread records into a timeline whose seconds count from the spike's
  // start (spread over threads, each thread keeps its own and they are added).
  const timeline = o.spike && !o.recorder && threads === 1 ? new TimelineRecorder(o.spike, performance.now() + o.spike.startMs) : undefined;
  const rateAt = o.spike ? spikeRate(o.spike) : undefined;
  const recorder = o.recorder ?? timeline;
  const common = {
    url: o.target,
    warmupMs: o.warmupMs,
    durationMs: o.durationMs,
    timeoutMs: s.timeout,
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    ...(recorder ? { recorder } : {}),
    ...(o.onWindowEnd ? { onWindowEnd: o.onWindowEnd } : {}),
  };
  const spike = o.spike ? { spike: o.spike } : {};
  if (s.mode === 'users' || s.mode === 'arrivals') {
    if (!o.flow) throw new Error(`mode ${s.mode} needs a compiled flow`);
    const spread = o.threads && threads > 1;
    const t = spread ? await o.threads!.run(s, { ...common, ...spike, target: o.target, level: o.level, threads, feeds: o.feeds ?? [] }) : undefined;
    if (t && !t.flow) throw new ProbeError('load generator threads returned no flow results');
    const r =
      t?.flow ??
      (await runFlowStep({
        ...common,
        mode: s.mode,
        level: o.level,
        maxConnections: s.maxConnections,
        flow: o.flow,
        ...(rateAt && s.mode === 'arrivals' ? { rateAt } : {}),
      }));
    // A schedule that varies (a spike) is judged by its send lag, not by one level's rate.
    const shortfall =
      r.startedPerS !== undefined && !o.spike && r.startedPerS < o.level * RATE_SHORTFALL
        ? [`started ${Math.round(r.startedPerS)} users/s, ${pct(r.startedPerS / o.level)} of the ${o.level}/s offered`]
        : [];
    return {
      recorder: r.recorder,
      sendLagMsMean: r.sendLagMsMean,
      flowFields: flowStepFields(r, o.warmupMs + o.durationMs),
      shortfall,
      ...(t ? { threads: { count: threads, health: t.health } } : {}),
    };
  }
  if (o.threads && threads > 1) {
    const r = await o.threads.run(s, { ...common, ...spike, target: o.target, level: o.level, threads, feeds: o.feeds ?? [] });
    const rate = s.mode === 'rate';
    return {
      recorder: r.recorder,
      sendLagMsMean: r.sendLagMsMean,
      ...(rate ? { offeredRps: o.level, achievedRps: r.recorder.windowS > 0 ? r.completedInWindow / r.recorder.windowS : 0 } : {}),
      shortfall: [],
      threads: { count: threads, health: r.health },
    };
  }
  if (s.mode === 'concurrency') {
    const r = await runClosedStep({ ...common, connections: o.level, requests: o.requests });
    return { recorder: r.recorder, sendLagMsMean: r.sendLagMsMean, shortfall: [] };
  }
  const r = await runOpenStep({ ...common, rate: o.level, maxConnections: s.maxConnections, requests: o.requests, ...(rateAt ? { rateAt } : {}) });
  const rec = r.recorder;
  return {
    recorder: rec,
    offeredRps: o.level,
    sendLagMsMean: r.sendLagMsMean,
    achievedRps: rec.windowS > 0 ? r.completedInWindow / rec.windowS : 0,
    shortfall: [],
  };
}
