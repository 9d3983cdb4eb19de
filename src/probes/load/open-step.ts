// Open model: requests are offered at a fixed rate whether or not earlier ones answered, and
// each latency is measured from the request's *intended* send time, as wrk2 does, so a
// stalled server shows as latency instead of being hidden (coordinated omission). A request
// due while every allowed connection is busy waits in a queue, its clock already running.
import { type Connection, Connections, heldMs } from './http-engine.ts';
import type { PreparedRequest } from './request-mix.ts';
import { StepRecorder, errorCause } from './step-recorder.ts';

export interface OpenStepOptions {
  url: string;
  rate: number;
  /** The offered rate at each moment (ms since the start), when it varies (a spike). */
  rateAt?: (elapsedMs: number) => number;
  warmupMs: number;
  durationMs: number;
  timeoutMs: number;
  maxConnections: number;
  requests: PreparedRequest[];
  signal?: AbortSignal;
  onProgress?: (r: StepRecorder, elapsedMs: number) => void;
  /** Record into this (a soak rotates it every sample window). */
  recorder?: StepRecorder;
  /** Called when the last answer is in (or the drain gave up), before the connections close. */
  onWindowEnd?: () => void;
  /** This generator's share when a step is spread over threads: worker `index` of `of` sends
   * every `of`-th request of the whole schedule, offset by `index` intervals, so the merged
   * schedule is as even as one thread's; `$iteration` and the request mix follow the whole. */
  share?: Share;
}

export interface Share {
  index: number;
  of: number;
}

export interface OpenStepResult {
  recorder: StepRecorder;
  /** Requests whose intended send time fell in the window. */
  offered: number;
  /** Answers that arrived inside the window, whenever sent: the throughput actually achieved. */
  completedInWindow: number;
  /** Mean lateness of actual dispatch against intended time: the generator's own delay. */
  sendLagMsMean: number;
}

interface Due {
  intended: number;
  req: PreparedRequest;
  n: number;
  counted: boolean;
}

/** How often queued requests are checked against their deadline (one sweep, not a timer each). */
const SWEEP_MS = 100;

export async function runOpenStep(o: OpenStepOptions): Promise<OpenStepResult> {
  const rec = o.recorder ?? new StepRecorder();
  const conns = new Connections(new URL(o.url).origin, o.maxConnections, o.timeoutMs, () => drainQueue());
  const intervalMs = 1000 / o.rate;
  const share = o.share ?? { index: 0, of: 1 };
  const t0 = performance.now();
  const windowStart = t0 + o.warmupMs;
  const windowEnd = windowStart + o.durationMs;
  let next = t0 + (share.index * intervalMs) / share.of;
  let seq = 0;
  let offered = 0;
  let inFlight = 0;
  let lagSum = 0;
  let lagCount = 0;
  let stopped = false;
  let completedInWindow = 0;
  // FIFO by intended time: requests waiting for a free connection.
  let queue: Due[] = [];
  let head = 0;
  rec.start(windowStart);

  const dispatch = (client: Connection, d: Due) => {
    conns.send(client, d.req, d.n, (status, err) => {
      inFlight--;
      const end = performance.now();
      // Written a turn late (http-engine.ts, a busy turn): the generator's lateness too.
      if (d.counted) lagSum += heldMs(client);
      if (err === undefined) {
        if (end >= windowStart && end < windowEnd) completedInWindow++;
        if (d.counted) rec.response(status, end - d.intended, true);
      } else if (d.counted && !stopped) rec.failure(errorCause(err), true);
      if (stopped) return;
      // The freed connection takes the oldest waiting request, else goes back to the pool.
      const waiting = head < queue.length ? queue[head++] : undefined;
      if (waiting) dispatch(client, waiting);
      else conns.release(client);
    });
  };

  /** Oldest first, on an idle connection or a new one while the caps allow. */
  const drainQueue = () => {
    while (!stopped && head < queue.length) {
      const client = conns.acquire(true);
      if (!client) break;
      dispatch(client, queue[head++]!);
    }
  };

  const offer = (d: Due) => {
    // The generator's own lateness: when it got to the request against when it was due. A
    // wait for a free connection after that is the target's (busy connections) and is in the
    // latency, timed from the intended send.
    if (d.counted) {
      offered++;
      lagSum += performance.now() - d.intended;
      lagCount++;
    }
    inFlight++;
    queue.push(d);
    drainQueue();
  };

  /** Queued requests whose deadline passed are timeouts (they never got a connection). */
  const sweep = () => {
    const now = performance.now();
    while (head < queue.length && now - queue[head]!.intended > o.timeoutMs) {
      const d = queue[head++]!;
      inFlight--;
      if (d.counted && !stopped) rec.failure('timeout', true);
    }
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
  };

  await new Promise<void>((resolve) => {
    const finish = () => {
      stopped = true;
      clearInterval(progress);
      clearInterval(sweeper);
      o.signal?.removeEventListener('abort', finish);
      resolve();
    };
    o.signal?.addEventListener('abort', finish, { once: true });
    const progress = setInterval(() => o.onProgress?.(rec, performance.now() - t0), 250);
    const sweeper = setInterval(sweep, SWEEP_MS);
    const pump = () => {
      if (stopped) return;
      const now = performance.now();
      // Every request due by now goes out in this tick, each stamped with its own due time.
      while (next <= now && next < windowEnd) {
        const counted = next >= windowStart && next < windowEnd;
        const n = seq * share.of + share.index;
        offer({ intended: next, req: o.requests[n % o.requests.length]!, n, counted });
        seq++;
        next += o.rateAt ? 1000 / Math.max(0.001, o.rateAt(next - t0)) : intervalMs;
      }
      if (next >= windowEnd) {
        // Everything offered has been sent; wait for answers (each bounded by its timeout).
        const drainUntil = performance.now() + o.timeoutMs + 1000;
        const drain = () => {
          if (inFlight === 0 || performance.now() > drainUntil || stopped) finish();
          else setTimeout(drain, 20);
        };
        drain();
        return;
      }
      setTimeout(pump, Math.max(0, Math.min(1, next - now)));
    };
    pump();
  });
  rec.stop(Math.min(performance.now(), windowEnd));
  o.onWindowEnd?.();
  await conns.close();
  return { recorder: rec, offered, completedInWindow, sendLagMsMean: lagCount ? lagSum / lagCount : 0 };
}
