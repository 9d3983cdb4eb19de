// Worker threads that generate a step's load (step-worker.ts), started once per probe run and
// reused by every step. Each runs its share of the connections or of the schedule; here their
// histograms are added (exact percentiles of the whole, never averages of percentiles), their
// counts summed, and each thread's own event-loop health returned, so the step is trusted only
// if every thread was. A thread that crashes, fails or never reports makes the step an error.
// Threads die with the process (kill -9 too).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ProbeError } from '../../core/errors.ts';
import type { DataFeed } from './data-feed.ts';
import type { GeneratorHealth } from './generator-health.ts';
import type { RampScenario } from './scenario.ts';
import { TimelineRecorder, type SpikeSchedule } from './spike-schedule.ts';
import { StepRecorder, type RecorderPart } from './step-recorder.ts';
import { splitLevel, type FromWorker, type ThreadedMode, type ToWorker, type WorkerJob, type WorkerOutcome } from './worker-job.ts';
import type { FlowStepResult, NamedRecorder } from './flow-runner.ts';
import { decodeHistogram, encodeHistogram, latencyFromHistogram, newLatencyHistogram } from '../../lib/histogram.ts';

export interface ThreadedOptions {
  target: string;
  level: number;
  threads: number;
  warmupMs: number;
  durationMs: number;
  feeds: readonly DataFeed[];
  signal?: AbortSignal;
  onProgress?: (rec: StepRecorder, elapsedMs: number) => void;
  /** A spike: every thread runs the schedule (its share of it) and returns its timeline. */
  spike?: SpikeSchedule;
}

export interface Threaded {
  recorder: StepRecorder;
  health: GeneratorHealth[];
  offered: number;
  completedInWindow: number;
  sendLagMsMean: number;
  /** Flows: what runFlowStep returns, merged over the threads. */
  flow?: FlowStepResult;
}

/** Built JS runs the built worker; sources (tsx, vitest) run the .ts one through tsx,
 * registered inside the thread (a thread inherits no in-process loader). */
function newWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./step-worker.js', import.meta.url));
  // tsx's ESM API (its package exports resolve to the CommonJS build from here).
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./step-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true });
}

/** Time for threads to load and say ready, and to answer after the step or a stop. */
const START_MS = 30_000;
const GRACE_MS = 5_000;

interface Listener {
  message(i: number, m: FromWorker): void;
  failed(i: number, why: string): void;
}

export class GeneratorThreads {
  private listener: Listener | undefined;
  private broken: string | undefined;

  private constructor(private readonly workers: Worker[]) {
    workers.forEach((w, i) => {
      w.on('message', (m: FromWorker) => this.listener?.message(i, m));
      w.on('error', (err) => this.fail(i, `crashed: ${err.message}`));
      w.on('exit', (code) => this.fail(i, `exited (code ${code})`));
    });
  }

  get size(): number {
    return this.workers.length;
  }

  private fail(i: number, why: string) {
    this.broken ??= `load generator thread ${i + 1} of ${this.workers.length} ${why}`;
    this.listener?.failed(i, why);
  }

  /** Starts `n` threads and waits until each has loaded. */
  static async open(n: number): Promise<GeneratorThreads> {
    const pool = new GeneratorThreads(Array.from({ length: n }, newWorker));
    let ready = 0;
    let timer: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        pool.listener = {
          message: (_i, m) => m.type === 'ready' && ++ready === n && resolve(),
          failed: (i, why) => reject(new ProbeError(`load generator thread ${i + 1} of ${n} ${why} while starting`)),
        };
        timer = setTimeout(() => reject(new ProbeError(`load generator threads did not start within ${START_MS / 1000} s`)), START_MS);
      });
    } catch (err) {
      await pool.close();
      throw err;
    } finally {
      clearTimeout(timer);
      pool.listener = undefined;
    }
    return pool;
  }

  async close(): Promise<void> {
    this.broken ??= 'closed';
    this.listener = undefined;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** One step over the first `o.threads` threads. */
  async run(s: RampScenario, o: ThreadedOptions): Promise<Threaded> {
    if (this.broken) throw new ProbeError(this.broken);
    const mode = s.mode as ThreadedMode;
    const flows = mode === 'users' || mode === 'arrivals';
    const workers = this.workers.slice(0, o.threads);
    const feeds = o.feeds.map((f) => ({ name: f.name, order: f.order, rows: f.rows }));
    const latest: (RecorderPart | undefined)[] = workers.map(() => undefined);
    const outcomes: (WorkerOutcome | undefined)[] = workers.map(() => undefined);
    let failure: string | undefined;
    const timers: NodeJS.Timeout[] = [];
    // A common start a little ahead, so every thread is waiting for it (epoch time is common
    // to all threads; performance.now() is not).
    const t0 = performance.now() + 20;
    const atEpochMs = performance.timeOrigin + t0;
    const send = (w: Worker, m: ToWorker) => w.postMessage(m);
    const stop = () => {
      for (const w of workers) send(w, { type: 'stop' });
      timers.push(
        setTimeout(
          () =>
            this.listener?.failed(
              outcomes.findIndex((x) => !x),
              'did not stop',
            ),
          GRACE_MS,
        ),
      );
    };
    try {
      await new Promise<void>((resolve) => {
        this.listener = {
          message: (i, m) => {
            if (i >= workers.length) return;
            if (m.type === 'progress') latest[i] = m.part;
            else if (m.type === 'done') {
              outcomes[i] = m.outcome;
              if (outcomes.every(Boolean)) resolve();
            } else if (m.type === 'failed') this.listener?.failed(i, `failed: ${m.message}`);
          },
          failed: (i, why) => {
            failure ??= `load generator thread ${i + 1} of ${workers.length} ${why}`;
            resolve();
          },
        };
        const levels = flows ? workers.map(() => o.level) : splitLevel(mode, o.level, workers.length);
        levels.forEach((level, index) => {
          const job: WorkerJob = {
            mode,
            target: o.target,
            level,
            ...(flows ? { scenario: s } : {}),
            share: { index, of: workers.length },
            warmupMs: o.warmupMs,
            durationMs: o.durationMs,
            timeoutMs: s.timeout,
            maxConnections: Math.max(1, Math.ceil(s.maxConnections / workers.length)),
            endpoints: s.endpoints,
            headers: s.headers,
            feeds,
            ...(o.spike ? { spike: o.spike } : {}),
          };
          send(workers[index]!, { type: 'run', job, atEpochMs });
        });
        // Never hang: every thread answers within the step, its requests' timeout and a grace.
        const bound = 20 + o.warmupMs + o.durationMs + s.timeout + GRACE_MS;
        timers.push(
          setTimeout(
            () =>
              this.listener?.failed(
                outcomes.findIndex((x) => !x),
                'did not finish in time',
              ),
            bound,
          ),
        );
        if (o.signal?.aborted) stop();
        else o.signal?.addEventListener('abort', stop, { once: true });
        if (o.onProgress) {
          // The live view: the latest counts and histogram of every thread, added.
          const live = new StepRecorder();
          const tick = setInterval(() => {
            live.clear();
            for (const p of latest) if (p) live.addPart(p);
            o.onProgress!(live, performance.now() - t0);
          }, 250);
          timers.push(tick as unknown as NodeJS.Timeout);
        }
      });
    } finally {
      for (const t of timers) clearTimeout(t);
      o.signal?.removeEventListener('abort', stop);
      this.listener = undefined;
    }
    if (failure) {
      // A thread that did not answer may still be sending: the pool is not reused.
      this.broken ??= failure;
      // Interrupted: what the threads that answered measured is kept (the step is untrusted).
      if (!o.signal?.aborted) throw new ProbeError(failure);
    }
    return merge(outcomes, t0, o.warmupMs, o.durationMs, o.spike);
  }
}

function merge(outcomes: (WorkerOutcome | undefined)[], t0: number, warmupMs: number, durationMs: number, spike?: SpikeSchedule): Threaded {
  const windowStart = t0 + warmupMs;
  const stopAt = Math.max(windowStart, Math.min(performance.now(), windowStart + durationMs));
  // A spike's timelines are added too: their buckets are seconds from the spike on every thread.
  const rec = spike ? new TimelineRecorder(spike) : new StepRecorder();
  rec.start(windowStart);
  const done = outcomes.filter((x): x is WorkerOutcome => !!x);
  for (const x of done) {
    rec.addPart(x.part);
    if (rec instanceof TimelineRecorder && x.timeline) rec.addTimeline(x.timeline);
  }
  rec.stop(stopAt);
  const sum = (f: (x: WorkerOutcome) => number | undefined) => done.reduce((a, x) => a + (f(x) ?? 0), 0);
  // The mean send lag of all threads' requests, each thread weighted by its requests.
  const weight = (x: WorkerOutcome) => x.flow?.sendLagCount ?? x.sendLagCount ?? x.offered ?? 0;
  const weights = sum(weight);
  const threaded: Threaded = {
    recorder: rec,
    health: done.map((x) => x.health),
    offered: sum((x) => x.offered),
    completedInWindow: sum((x) => x.completedInWindow),
    sendLagMsMean: weights ? sum((x) => (x.sendLagMsMean ?? 0) * weight(x)) / weights : 0,
  };
  if (done.every((x) => x.flow)) threaded.flow = mergeFlows(done, rec, t0, windowStart, stopAt, threaded.sendLagMsMean);
  return threaded;
}

/** Per request name, iterations, users and arrivals of flow threads, as one runFlowStep's. */
function mergeFlows(done: WorkerOutcome[], rec: StepRecorder, t0: number, windowStart: number, stopAt: number, sendLagMsMean: number): FlowStepResult {
  const byName = new Map<string, NamedRecorder>();
  const iterHist = newLatencyHistogram();
  const iterations = { completed: 0, failed: 0, failures: {} as Record<string, number> };
  for (const { flow } of done) {
    for (const n of flow!.byName) {
      let named = byName.get(n.name);
      if (!named) {
        named = { rec: new StepRecorder(), includesWarmup: n.includesWarmup };
        named.rec.start(n.includesWarmup ? t0 : windowStart);
        byName.set(n.name, named);
      }
      named.rec.addPart(n.part);
    }
    iterations.completed += flow!.iterations.completed;
    iterations.failed += flow!.iterations.failed;
    for (const [k, v] of Object.entries(flow!.iterations.failures)) iterations.failures[k] = (iterations.failures[k] ?? 0) + v;
    iterHist.add(decodeHistogram(flow!.iterations.histogram));
  }
  for (const n of byName.values()) n.rec.stop(stopAt);
  const started = done.filter((x) => x.flow!.startedPerS !== undefined);
  return {
    recorder: rec,
    byName,
    iterations: { ...iterations, durationMs: latencyFromHistogram(iterHist) },
    sendLagMsMean,
    usersMean: done.reduce((a, x) => a + x.flow!.usersMean, 0),
    ...(started.length ? { startedPerS: started.reduce((a, x) => a + x.flow!.startedPerS!, 0) } : {}),
    sendLagCount: done.reduce((a, x) => a + x.flow!.sendLagCount, 0),
    iterationHistogram: encodeHistogram(iterHist),
  };
}
