// What a step spread over worker threads sends each thread, and how a level is split. Pure,
// so the split is unit-tested; functions (templates, data pickers) cannot cross threads, so
// a worker rebuilds its requests from the scenario's endpoints and the data rows.
import type { DataSource } from './flow-schema.ts';
import type { GeneratorHealth } from './generator-health.ts';
import type { Share } from './open-step.ts';
import type { Endpoint, RampScenario } from './scenario.ts';
import type { SpikeSchedule, TimelinePart } from './spike-schedule.ts';
import type { RecorderPart } from './step-recorder.ts';

/** Below these per thread, one thread (the main one) sends the step. Threads are not free: on
 * a machine whose cores are shared with the target, each thread waits for a core now and then,
 * and that wait is event-loop lag its step is judged by (at 40 connections against a 2-core
 * machine's demo service, two threads showed lag p99 28-61 ms where one showed 8-15 ms). A few
 * dozen connections or a thousand requests/s use a fraction of one core, so they stay on one. */
export const MIN_PER_WORKER = { concurrency: 25, rate: 1000, users: 1000, arrivals: 200 } as const;

export type ThreadedMode = keyof typeof MIN_PER_WORKER;

export interface WorkerJob {
  mode: ThreadedMode;
  target: string;
  /** This thread's connections (concurrency) or requests/s (rate); the whole step's users or
   * arrivals/s (flows: `share` says which are this thread's). */
  level: number;
  /** Flows: the scenario, compiled in the thread (functions cannot cross threads). */
  scenario?: RampScenario;
  share: Share;
  warmupMs: number;
  durationMs: number;
  timeoutMs: number;
  maxConnections: number;
  endpoints: Endpoint[];
  headers: Record<string, string>;
  feeds: { name: string; order: DataSource['order']; rows: Record<string, string>[] }[];
  /** A spike (rate or arrivals): the whole schedule, each thread offering its share of it and
   * returning its timeline. */
  spike?: SpikeSchedule;
}

export type ToWorker = { type: 'run'; job: WorkerJob; atEpochMs: number } | { type: 'stop' };

export interface WorkerOutcome {
  part: RecorderPart;
  health: GeneratorHealth;
  /** Flows: per request name, iterations, users, arrivals started. */
  flow?: {
    byName: { name: string; part: RecorderPart; includesWarmup: boolean }[];
    iterations: { completed: number; failed: number; failures: Record<string, number>; histogram: string };
    usersMean: number;
    startedPerS?: number;
    sendLagCount: number;
  };
  /** rate mode */
  offered?: number;
  completedInWindow?: number;
  sendLagMsMean?: number;
  /** concurrency: the requests behind sendLagMsMean (the merge weighs threads by them). */
  sendLagCount?: number;
  /** A spike: this thread's timeline. */
  timeline?: TimelinePart;
}

export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; part: RecorderPart }
  | { type: 'done'; outcome: WorkerOutcome }
  | { type: 'failed'; message: string };

/** How many threads send a step: the configured count, fewer when the level is small. */
export function threadsFor(mode: string, level: number, configured: number): number {
  if (!(mode in MIN_PER_WORKER)) return 1;
  const min = MIN_PER_WORKER[mode as ThreadedMode];
  return Math.max(1, Math.min(configured, Math.floor(level / min)));
}

/** Connections split as evenly as whole numbers allow (the first ones get the remainder);
 * a rate split in equal shares (each thread's schedule offset by its index: open-step.ts). */
export function splitLevel(mode: ThreadedMode, level: number, n: number): number[] {
  if (mode === 'rate') return Array.from({ length: n }, () => level / n);
  const base = Math.floor(level / n);
  return Array.from({ length: n }, (_, i) => base + (i < level % n ? 1 : 0));
}
