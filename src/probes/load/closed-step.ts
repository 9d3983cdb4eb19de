// Closed model: N connections, each sending its next request when the last one answered
// (autocannon, driven programmatically). Warm-up traffic runs but is not recorded.
import autocannon from 'autocannon';
import type { PreparedRequest } from './request-mix.ts';
import { StepRecorder, errorCause } from './step-recorder.ts';
import './autocannon-lost-answers.ts'; // a garbage answer or a closed connection is an error

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
}

/** A templated endpoint is rendered per request in autocannon's `setupRequest` hook; the
 * count is shared by every connection, as `$iteration` is the request count. */
function toAutocannon(r: PreparedRequest, count: { sent: number }): autocannon.Request {
  const base = { method: r.method, path: r.path, headers: r.headers, ...(r.body !== undefined ? { body: r.body } : {}) } as autocannon.Request;
  const render = r.render;
  if (!render) return base;
  return {
    ...base,
    setupRequest: (req: autocannon.Request) => {
      const x = render(count.sent++);
      return { ...req, path: x.path, headers: { ...req.headers, ...x.headers }, ...(x.body !== undefined ? { body: x.body } : {}) };
    },
  };
}

export async function runClosedStep(o: ClosedStepOptions): Promise<StepRecorder> {
  const rec = o.recorder ?? new StepRecorder();
  let resolveDone!: () => void;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const count = { sent: 0 };
  const instance = autocannon(
    {
      // The origin only: every request carries its own path (autocannon ignores a top-level
      // `path`, and a path in `url` would be one more place for the target to be rewritten).
      url: new URL(o.url).origin,
      connections: o.connections,
      // autocannon stops on its own 1 s tick; our window timers decide what is measured.
      duration: Math.ceil((o.warmupMs + o.durationMs) / 1000) + 2,
      timeout: Math.max(1, Math.ceil(o.timeoutMs / 1000)),
      pipelining: 1,
      requests: o.requests.map((r) => toAutocannon(r, count)),
    } as autocannon.Options,
    () => resolveDone(),
  );

  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    rec.response(statusCode, responseTime);
  });
  instance.on('reqError', (err: Error) => rec.failure(errorCause(err)));

  const t0 = performance.now();
  const timers: NodeJS.Timeout[] = [];
  const stop = () => {
    rec.stop();
    timers.forEach(clearTimeout);
    instance.stop();
  };
  timers.push(setTimeout(() => rec.start(), o.warmupMs));
  timers.push(setTimeout(stop, o.warmupMs + o.durationMs));
  if (o.onProgress) {
    const tick = setInterval(() => o.onProgress!(rec, performance.now() - t0), 250);
    timers.push(tick as unknown as NodeJS.Timeout);
    done.then(() => clearInterval(tick));
  }
  const onAbort = () => stop();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  await done;
  o.signal?.removeEventListener('abort', onAbort);
  for (const t of timers) clearTimeout(t);
  rec.stop();
  return rec;
}
