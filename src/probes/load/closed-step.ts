// Closed model: N connections, each sending its next request when the last one answered.
// Warm-up traffic runs but is not recorded. Each connection is one raw keep-alive socket
// (http-engine.ts), the open model's engine. autocannon cost a little less CPU per
// request at 50 connections but stalled its event loop for seconds at a few thousand
// connections (bench/generator-ceiling.ts, docs/benchmarks.md), and dropped an answer that
// never came without a trace (it needed a patch). Here such an answer is an error by construction:
// a reply that is not HTTP is the parser's code (HPE_INVALID_CONSTANT...), a connection
// closed without an answer is ECONNCLOSED, no answer within the timeout is `timeout`.
import { type Connection, Connections, heldMs } from './http-engine.ts';
import type { Share } from './open-step.ts';
import type { PreparedRequest } from './request-mix.ts';
import { StepRecorder, errorCause } from './step-recorder.ts';

export interface ClosedStepOptions {
  url: string;
  connections: number;
  warmupMs: number;
  durationMs: number;
  timeoutMs: number;
  requests: PreparedRequest[];
  signal?: AbortSignal;
  onProgress?: (r: StepRecorder, elapsedMs: number) => void;
  /** Record into this (a soak rotates it every sample window). */
  recorder?: StepRecorder;
  /** A step spread over threads: this one's `$iteration` numbers are index, index+of, ... */
  share?: Share;
  /** Called when the window is over, before the connections are closed. */
  onWindowEnd?: () => void;
}

/** A connection that failed to connect tries again after this pause, not in a tight loop. */
const RETRY_MS = 10;
/** Connections opened per turn of the event loop: thousands opened in one go stall it for
 * half a second (a lag the step would be judged by); in turns, 5,000 open within the warm-up. */
const OPEN_PER_TURN = 64;

export interface ClosedStepResult {
  recorder: StepRecorder;
  /** Mean time the generator held a measured request back before writing it (its send lag). */
  sendLagMsMean: number;
  sendLagCount: number;
}

export async function runClosedStep(o: ClosedStepOptions): Promise<ClosedStepResult> {
  const rec = o.recorder ?? new StepRecorder();
  let lagSum = 0;
  let lagCount = 0;
  const share = o.share ?? { index: 0, of: 1 };
  const conns = new Connections(new URL(o.url).origin, o.connections, o.timeoutMs);
  // The request count is shared by every connection, as `$iteration` is the request count.
  let sent = 0;
  let stopped = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;

  const loop = (client: Connection) => {
    if (stopped) return;
    const n = sent++ * share.of + share.index;
    const prepared = o.requests[n % o.requests.length]!;
    inFlight++;
    conns.send(client, prepared, n, (status, err) => {
      inFlight--;
      if (stopped) {
        if (inFlight === 0) drained?.();
        return;
      }
      if (err === undefined) {
        // From the write, not the call: a request waits for the end of the poll phase (and
        // under load for a turn or two) before it is written (http-engine.ts).
        rec.response(status, performance.now() - client.sentAt);
        if (rec.isMeasuring) {
          lagSum += heldMs(client);
          lagCount++;
        }
        loop(client);
      } else {
        rec.failure(errorCause(err));
        setTimeout(() => loop(client), RETRY_MS);
      }
    });
  };

  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const timers: NodeJS.Timeout[] = [];
    const stop = () => {
      if (stopped) return;
      stopped = true;
      rec.stop();
      for (const t of timers) clearTimeout(t);
      o.signal?.removeEventListener('abort', stop);
      resolve();
    };
    timers.push(setTimeout(() => rec.start(), o.warmupMs));
    timers.push(setTimeout(stop, o.warmupMs + o.durationMs));
    if (o.onProgress) timers.push(setInterval(() => o.onProgress!(rec, performance.now() - t0), 250) as unknown as NodeJS.Timeout);
    if (o.signal?.aborted) return stop();
    o.signal?.addEventListener('abort', stop, { once: true });
    let opened = 0;
    const open = () => {
      for (let i = 0; i < OPEN_PER_TURN && opened < o.connections && !stopped; i++, opened++) loop(conns.acquire()!);
      if (opened < o.connections && !stopped) setImmediate(open);
    };
    open();
  });
  o.onWindowEnd?.();
  // Answers still in flight after the window are not measured; the connections are closed.
  await conns.close();
  return { recorder: rec, sendLagMsMean: lagCount ? lagSum / lagCount : 0, sendLagCount: lagCount };
}
