// Open model: requests are offered at a fixed rate whether or not earlier ones answered, and
// each latency is measured from the request's *intended* send time, as wrk2 does, so a
// stalled server shows as latency instead of being hidden (coordinated omission).
import { Pool } from 'undici';
import { materialize, type PreparedRequest } from './request-mix.ts';
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

export async function runOpenStep(o: OpenStepOptions): Promise<OpenStepResult> {
  const rec = o.recorder ?? new StepRecorder();
  const origin = new URL(o.url).origin;
  const pool = new Pool(origin, {
    connections: o.maxConnections,
    pipelining: 1,
    headersTimeout: o.timeoutMs,
    bodyTimeout: o.timeoutMs,
    connectTimeout: o.timeoutMs,
  });
  const intervalMs = 1000 / o.rate;
  const t0 = performance.now();
  const windowStart = t0 + o.warmupMs;
  const windowEnd = windowStart + o.durationMs;
  let next = t0;
  let seq = 0;
  let offered = 0;
  let inFlight = 0;
  let lagSum = 0;
  let lagCount = 0;
  let stopped = false;
  let completedInWindow = 0;
  const inWindow = () => {
    const t = performance.now();
    return t >= windowStart && t < windowEnd;
  };
  rec.start(windowStart);

  const send = (intended: number, prepared: PreparedRequest, n: number) => {
    const req = materialize(prepared, n);
    const counted = intended >= windowStart && intended < windowEnd;
    if (counted) offered++;
    const now = performance.now();
    if (counted) {
      lagSum += now - intended;
      lagCount++;
    }
    inFlight++;
    pool
      .request({
        path: req.path,
        method: prepared.method,
        headers: req.headers,
        ...(req.body !== undefined ? { body: req.body } : {}),
        signal: AbortSignal.timeout(o.timeoutMs),
      })
      .then(async (res) => {
        await res.body.dump();
        if (inWindow()) completedInWindow++;
        if (counted) rec.response(res.statusCode, performance.now() - intended, true);
      })
      .catch((err: unknown) => {
        if (counted && !stopped) rec.failure(errorCause(err), true);
      })
      .finally(() => {
        inFlight--;
      });
  };

  await new Promise<void>((resolve) => {
    const finish = () => {
      stopped = true;
      clearInterval(progress);
      resolve();
    };
    const onAbort = () => finish();
    o.signal?.addEventListener('abort', onAbort, { once: true });
    const progress = setInterval(() => o.onProgress?.(rec, performance.now() - t0), 250);
    const pump = () => {
      if (stopped) return;
      const now = performance.now();
      while (next <= now && next < windowEnd) {
        send(next, o.requests[seq % o.requests.length]!, seq);
        seq++;
        next += o.rateAt ? 1000 / Math.max(0.001, o.rateAt(next - t0)) : intervalMs;
      }
      if (next >= windowEnd) {
        // Everything offered has been sent; wait for answers (each bounded by its timeout).
        const drainUntil = performance.now() + o.timeoutMs + 1000;
        const drain = () => {
          if (inFlight === 0 || performance.now() > drainUntil || stopped) {
            o.signal?.removeEventListener('abort', onAbort);
            finish();
          } else setTimeout(drain, 20);
        };
        drain();
        return;
      }
      setTimeout(pump, Math.max(0, Math.min(1, next - now)));
    };
    pump();
  });
  rec.stop(Math.min(performance.now(), windowEnd));
  await pool.destroy().catch(() => undefined);
  return { recorder: rec, offered, completedInWindow, sendLagMsMean: lagCount ? lagSum / lagCount : 0 };
}
