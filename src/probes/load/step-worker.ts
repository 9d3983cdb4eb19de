// A worker thread's part of each step (worker-job.ts), one step after another: it rebuilds its requests, waits for the
// common start, runs its share with its own event-loop monitor (the generator-health rule is
// applied to every thread), posts its counts and histogram every 250 ms and its outcome at
// the end. Any failure is posted as such: the step is then an error, never a pass.
import { parentPort } from 'node:worker_threads';
import { runClosedStep } from './closed-step.ts';
import { compileFlow } from './flow.ts';
import { runFlowStep } from './flow-runner.ts';
import { makeFeed } from './data-feed.ts';
import type { DataSource } from './flow-schema.ts';
import { GeneratorMonitor, type GeneratorHealth } from './generator-health.ts';
import { runOpenStep } from './open-step.ts';
import { prepareRequest, weightedSequence } from './request-mix.ts';
import { spikeRate, TimelineRecorder } from './spike-schedule.ts';
import type { StepRecorder } from './step-recorder.ts';
import type { FromWorker, ToWorker, WorkerJob, WorkerOutcome } from './worker-job.ts';

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);
let stop = new AbortController();

async function run(job: WorkerJob, atEpochMs: number): Promise<WorkerOutcome> {
  const feeds = job.feeds.map((f) => makeFeed(f.name, { order: f.order } as DataSource, f.rows));
  const requests = weightedSequence(job.endpoints).map((e) => prepareRequest(e, job.headers, job.target, feeds));
  // Every thread starts at the same instant (epoch time is common to all threads).
  const wait = atEpochMs - (performance.timeOrigin + performance.now());
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  // A spike: this thread's timeline starts with the common start, as every thread's does.
  const timeline = job.spike ? new TimelineRecorder(job.spike, performance.now() + job.spike.startMs) : undefined;
  const monitor = new GeneratorMonitor();
  const flows = job.mode === 'users' || job.mode === 'arrivals';
  // Virtual users log in during the warm-up by design: their health is judged from the window
  // on, as on the main thread (ramp.ts).
  const monitorStart = flows ? setTimeout(() => monitor.start(), job.warmupMs) : undefined;
  if (!flows) monitor.start();
  // Health covers the step, not closing its connections after it.
  let health: GeneratorHealth | undefined;
  const onWindowEnd = () => {
    clearTimeout(monitorStart);
    health ??= monitor.stop();
  };
  const common = {
    url: job.target,
    warmupMs: job.warmupMs,
    durationMs: job.durationMs,
    timeoutMs: job.timeoutMs,
    requests,
    share: job.share,
    signal: stop.signal,
    onWindowEnd,
    onProgress: (rec: StepRecorder) => post({ type: 'progress', part: rec.part() }),
    ...(timeline ? { recorder: timeline } : {}),
  };
  const spiked = () => (timeline ? { timeline: timeline.timelinePart() } : {});
  if (flows) {
    const flow = compileFlow(job.scenario!, job.target, feeds);
    // Arrivals: every thread keeps the whole schedule and starts every `of`-th user of it.
    const rateAt = job.spike ? { rateAt: spikeRate(job.spike) } : {};
    const r = await runFlowStep({ ...common, ...rateAt, mode: job.mode as 'users' | 'arrivals', level: job.level, maxConnections: job.maxConnections, flow });
    return {
      part: r.recorder.part(),
      health: health ?? monitor.stop(),
      sendLagMsMean: r.sendLagMsMean,
      flow: {
        byName: [...r.byName].map(([name, n]) => ({ name, part: n.rec.part(), includesWarmup: n.includesWarmup })),
        iterations: { completed: r.iterations.completed, failed: r.iterations.failed, failures: r.iterations.failures, histogram: r.iterationHistogram },
        usersMean: r.usersMean,
        ...(r.startedPerS !== undefined ? { startedPerS: r.startedPerS } : {}),
        sendLagCount: r.sendLagCount,
      },
      ...spiked(),
    };
  }
  if (job.mode === 'concurrency') {
    const r = await runClosedStep({ ...common, connections: job.level });
    return { part: r.recorder.part(), health: health ?? monitor.stop(), sendLagMsMean: r.sendLagMsMean, sendLagCount: r.sendLagCount };
  }
  // Rate: each thread offers its share of the schedule at each moment.
  const rateAt = job.spike ? { rateAt: spikeRate(job.spike, job.share.of) } : {};
  const r = await runOpenStep({ ...common, ...rateAt, rate: job.level, maxConnections: job.maxConnections });
  return {
    part: r.recorder.part(),
    health: health ?? monitor.stop(),
    offered: r.offered,
    completedInWindow: r.completedInWindow,
    sendLagMsMean: r.sendLagMsMean,
    ...spiked(),
  };
}

port.on('message', (m: ToWorker) => {
  if (m.type === 'stop') stop.abort();
  else {
    stop = new AbortController();
    run(m.job, m.atEpochMs).then(
      (outcome) => post({ type: 'done', outcome }),
      (err: unknown) => post({ type: 'failed', message: (err as Error)?.message ?? String(err) }),
    );
  }
});
post({ type: 'ready' });
