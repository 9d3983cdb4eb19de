// The stepped ramp: run each level in turn, stop at the first that breaks the criteria,
// optionally bisect between the last good and first bad level (--refine).
import type { LoadProbe, LoadStep } from './block.ts';
import { ProbeError } from '../../core/errors.ts';
import { planLevels, unitOf, type StepPhase } from './plan.ts';
import type { RampScenario } from './scenario.ts';
import { materialize, prepareRequest, weightedSequence, type PreparedRequest } from './request-mix.ts';
import { availableParallelism } from 'node:os';
import { GeneratorMonitor, saturationReason, sendLagReason, worstHealth } from './generator-health.ts';
import { RATE_SHORTFALL, describeBreakingPoint, nextBisection, pct, stepBreaks } from './breaking-point.ts';
import type { StepRecorder } from './step-recorder.ts';
import { checkReachable } from '../../core/reachability.ts';
import { redactUrl } from '../../core/allow-host.ts';
import { ResourceSampler, type SamplerOptions } from './resource-sampler.ts';
import { fitUsl } from '../../lib/usl.ts';
import type { DataFeed } from './data-feed.ts';
import { compileFlow, type CompiledFlow } from './flow.ts';
import { drive } from './drive.ts';
import { GeneratorThreads } from './generator-threads.ts';
import { threadsFor } from './worker-job.ts';

export type { StepPhase };

export interface RampEvents {
  stepStart?(level: number, phase: StepPhase, index: number, planned: number): void;
  stepProgress?(level: number, rec: StepRecorder, elapsedMs: number, totalMs: number): void;
  stepEnd?(step: LoadStep): void;
}

export interface RampOptions {
  target: string;
  /** What to sample per step besides the machine: target process, database, metrics endpoint. */
  sampling?: Omit<SamplerOptions, 'intervalMs'>;
  signal?: AbortSignal;
  events?: RampEvents;
  /** Data sources of the flow, read (and checked) before the ramp. */
  feeds?: DataFeed[];
}

export async function runRamp(s: RampScenario, o: RampOptions): Promise<LoadProbe> {
  const requests: PreparedRequest[] = weightedSequence(s.endpoints).map((e) => prepareRequest(e, s.headers, o.target, o.feeds));
  const base: Omit<LoadProbe, 'steps' | 'breakingPoint'> = {
    status: 'ok',
    mode: s.mode,
    target: redactUrl(o.target),
    ...(s.name ? { scenario: s.name } : {}),
    criteria: { ...s.breaking },
    expectLevel: s.expect ?? null,
    headroom: s.headroom ?? null,
  };
  const unit = unitOf(s.mode);
  const steps: LoadStep[] = [];
  const flow = s.flow ? compileFlow(s, o.target, o.feeds ?? []) : undefined;
  // The reachability check sends a rendered request, never a `{{ }}` template.
  const probe = { ...requests[0]!, ...materialize(requests[0]!, 0) };

  await checkReachable(o.target, probe, Math.min(s.timeout, 5000), o.signal);

  const plan = planLevels(s);
  // Worker threads, once for the whole ramp (refined levels lie between planned ones).
  const threadCount = Math.max(...plan.map((p) => threadsFor(s.mode, p.level, s.workers ?? availableParallelism())));
  const threads = threadCount > 1 ? await GeneratorThreads.open(threadCount) : undefined;
  try {
    return await rampWith(threads);
  } finally {
    await threads?.close();
  }

  async function rampWith(threads: GeneratorThreads | undefined): Promise<LoadProbe> {
    let saturated: string | undefined;
    let gone: string | undefined;
    const runLevel = async (level: number, phase: StepPhase, index: number, planned: number) => {
      if (steps.length > 0 && s.cooldown > 0) await pause(s.cooldown, o.signal);
      if (o.signal?.aborted) return undefined;
      o.events?.stepStart?.(level, phase, index, planned);
      const step = await runOneStep(s, o, requests, level, phase, flow, threads);
      steps.push(step);
      o.events?.stepEnd?.(step);
      // A broken step: overloaded, or gone? Ask once more, unloaded. A target that is down
      // is a probe error, not a breaking point.
      if (!o.signal?.aborted && (step.breaks!.length > 0 || httpAnswers(step) === 0)) {
        try {
          await checkReachable(o.target, probe, Math.min(s.timeout, 5000), o.signal);
        } catch (err) {
          if (!(err instanceof ProbeError)) throw err;
          gone = `target stopped answering at ${level} ${unit}: ${err.message.replace(/^target \S+ is unreachable: /, '')}`;
        }
      }
      return step;
    };

    for (let i = 0; i < plan.length; i++) {
      if (o.signal?.aborted) break;
      const { level, phase } = plan[i]!;
      const step = await runLevel(level, phase, i, plan.length);
      if (!step || gone) break;
      if (step.generator && saturationReason(step.generator)) {
        saturated = saturationReason(step.generator);
        break;
      }
      if (step.breaks!.length > 0) break;
    }
    if (o.signal?.aborted) return { ...base, steps, breakingPoint: describeBreakingPoint(steps, unit) };

    let bp = describeBreakingPoint(steps, unit);
    if (gone) return { ...base, status: 'error', message: gone, steps, breakingPoint: bp };
    if (saturated) {
      return {
        ...base,
        steps,
        breakingPoint: { ...bp, found: false, firstBad: null, reason: `inconclusive: ${saturated}; levels above it were not run` },
      };
    }
    if (s.refine && bp.found && bp.lastGood !== null && bp.firstBad !== null) {
      let lo = bp.lastGood;
      let hi = bp.firstBad;
      for (let mid = nextBisection(lo, hi, s.refineTolerance), n = 0; mid !== undefined && n < 12; n++) {
        if (o.signal?.aborted) break;
        const step = await runLevel(mid, 'refine', plan.length + n, plan.length + n + 1);
        if (!step) break;
        if (gone) return { ...base, status: 'error', message: gone, steps, breakingPoint: describeBreakingPoint(steps, unit) };
        if (step.trusted === false && step.breaks!.length === 0) break;
        if (step.breaks!.length > 0) hi = mid;
        else lo = mid;
        mid = nextBisection(lo, hi, s.refineTolerance);
      }
      bp = describeBreakingPoint(steps, unit);
    }
    return { ...base, steps, breakingPoint: bp, ...(s.mode === 'concurrency' ? { usl: uslOf(steps) } : {}) };
  }
}

/** USL over the trusted steps, on successful throughput (fast error answers are not capacity). */
function uslOf(steps: LoadStep[]) {
  const fit = fitUsl(steps.filter((x) => x.trusted !== false && x.requests > 0).map((x) => ({ level: x.level, rps: x.rps * (1 - x.errorRate) })));
  // JSON has no Infinity: an unbounded peak is stored as null and said in the note.
  const finite = (n: number | null) => (n === null || Number.isFinite(n) ? n : null);
  return { ...fit, peakThroughput: finite(fit.peakThroughput), peakConcurrency: finite(fit.peakConcurrency) };
}

/** Requests in the step that got an HTTP answer of any status. */
function httpAnswers(step: LoadStep): number {
  const socketErrors = Object.entries(step.errors)
    .filter(([k]) => !/^\d{3}$/.test(k))
    .reduce((a, [, v]) => a + v, 0);
  return step.requests - socketErrors;
}

async function runOneStep(
  s: RampScenario,
  o: RampOptions,
  requests: PreparedRequest[],
  level: number,
  phase: StepPhase,
  flow?: CompiledFlow,
  threads?: GeneratorThreads,
): Promise<LoadStep> {
  const monitor = new GeneratorMonitor();
  const totalMs = s.warmup + s.stepDuration;
  const onProgress = (rec: StepRecorder, elapsed: number) => o.events?.stepProgress?.(level, rec, elapsed, totalMs);
  // Virtual users log in and open their connections during the warm-up, by design: the
  // generator's health is judged from the window on, where the measured requests are (a
  // request due in the window that a late tick delayed shows as send lag too).
  const usersModel = s.mode === 'users' || s.mode === 'arrivals';
  if (!usersModel) monitor.start();
  // Resources are sampled over the measured window only, like the latencies.
  const sampler = new ResourceSampler(o.sampling);
  const samplerStart = setTimeout(() => {
    void sampler.start();
    if (usersModel) monitor.start();
  }, s.warmup);
  // The generator's health covers the step, not its teardown (closing thousands of users'
  // connections after the window is not a lag any measured request saw).
  let health: ReturnType<GeneratorMonitor['stop']> | undefined;
  const d = await drive(s, {
    onWindowEnd: () => {
      health ??= monitor.stop();
    },
    target: o.target,
    level,
    warmupMs: s.warmup,
    durationMs: s.stepDuration,
    requests,
    ...(flow ? { flow } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
    onProgress,
    ...(threads ? { threads } : {}),
    ...(o.feeds ? { feeds: o.feeds } : {}),
  });
  const { recorder: rec, offeredRps, sendLagMsMean, achievedRps, shortfall } = d;
  const flowFields = d.flowFields ?? {};
  health ??= monitor.stop();
  // Spread over threads: the worst thread's lag (the main thread's included) is the step's, so
  // the step is trusted only if every thread was.
  if (d.threads) health = worstHealth(health, d.threads.health);
  clearTimeout(samplerStart);
  const resources = await sampler.stop();
  const windowS = rec.windowS;
  const latencyMs = rec.latency();
  const step: LoadStep = {
    level,
    phase,
    durationS: round(windowS, 2),
    warmupS: s.warmup / 1000,
    requests: rec.requests,
    rps: round(achievedRps ?? (windowS > 0 ? rec.requests / windowS : 0), 1),
    latencyMs,
    errorRate: round(rec.errorRate, 6),
    errors: { ...rec.errors },
    ...(offeredRps !== undefined ? { offeredRps } : {}),
    generator: { ...health, ...(sendLagMsMean !== undefined ? { sendLagMsMean: round(sendLagMsMean, 2) } : {}), workers: d.threads?.count ?? 1 },
    histogram: rec.encodedHistogram(),
    resources,
    ...flowFields,
  };
  step.breaks = stepBreaks(step, s.breaking);
  const untrusted = [saturationReason(health), ...shortfall, sendLagReason(s.mode, sendLagMsMean)];
  if (offeredRps !== undefined && step.rps < offeredRps * RATE_SHORTFALL) {
    untrusted.push(`achieved rate ${Math.round(step.rps)}/s is ${pct(step.rps / offeredRps)} of the ${offeredRps}/s offered`);
  }
  const reasons = untrusted.filter((r): r is string => !!r);
  step.trusted = reasons.length === 0;
  if (reasons.length) step.untrustedReason = reasons.join('; ');
  if (o.signal?.aborted) step.untrustedReason = [step.untrustedReason, 'interrupted during the step'].filter(Boolean).join('; ');
  if (o.signal?.aborted) step.trusted = false;
  return step;
}

/** Waits `ms`, or less when the run is stopped. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
