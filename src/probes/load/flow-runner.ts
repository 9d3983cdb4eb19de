// Virtual users running a flow, for one step of a ramp.
// users (closed): `level` users, each with its own variables, cookies and data row, run the
//   `once` steps, then loop the rest until the step ends. Fresh users every step, their starts
//   spread over the first part of the warm-up so they do not all log in in one instant.
// arrivals (open): `level` new users per second, each running the whole flow once; a user is
//   started on schedule whether or not earlier ones finished.
// Every latency is measured from the time the request was due (the user's start, or the end of
// its last answer plus its think time), so a late generator or a stalled server shows in the
// numbers instead of stretching the think time. An iteration stops at its first failed request
// (an unexpected status, no answer, a capture that found nothing, a template with no value) and
// is counted as failed with that cause; a request is never sent with a value missing.
// undici is loaded by the first flow step, not at start-up: ramps without flows never need it.
import type { Client as UndiciClient, Dispatcher } from 'undici';
import { HIGHEST_US, encodeHistogram, latencyFromHistogram, newLatencyHistogram } from '../../lib/histogram.ts';
import type { Share } from './open-step.ts';
import type { IterationStats } from './block.ts';
import { CookieJar, type CompiledFlow, type CompiledStep } from './flow.ts';
import type { ThinkTime } from './flow-schema.ts';
import { StepRecorder, errorCause } from './step-recorder.ts';
import { MissingValue, type TemplateScope } from './template.ts';

export interface FlowStepOptions {
  url: string;
  mode: 'users' | 'arrivals';
  level: number;
  warmupMs: number;
  durationMs: number;
  timeoutMs: number;
  /** arrivals: most connections at once (users: one per user at most). */
  maxConnections: number;
  flow: CompiledFlow;
  signal?: AbortSignal;
  onProgress?: (r: StepRecorder, elapsedMs: number) => void;
  /** Record into this (a soak rotates it every sample window). */
  recorder?: StepRecorder;
  /** Called when the window is over, before thousands of connections are closed. */
  onWindowEnd?: () => void;
  /** Spread over threads: this thread runs users index+1, index+1+of, ... of the `level`
   * (users keep the numbers, starts and data rows they would have on one thread), or every
   * `of`-th arrival of the whole schedule, offset by `index` intervals. */
  share?: Share;
  /** arrivals only: users per second at each moment (ms since the start) instead of `level`:
   * a spike of arrivals. */
  rateAt?: (elapsedMs: number) => number;
}

export interface NamedRecorder {
  rec: StepRecorder;
  /** `once` steps (a login) run while users arrive: counted from the step's start. */
  includesWarmup: boolean;
}

export interface FlowStepResult {
  recorder: StepRecorder;
  byName: Map<string, NamedRecorder>;
  iterations: IterationStats;
  /** Mean lateness of requests against the time they were due: the generator's own delay. */
  sendLagMsMean: number;
  /** Mean users running during the window. */
  usersMean: number;
  /** arrivals: users started whose start was due in the window, per second of window. */
  startedPerS?: number;
  /** What threads post to be merged: the requests behind the send lag, the iteration histogram. */
  sendLagCount: number;
  iterationHistogram: string;
}

type Outcome = { ok: true } | { ok: false; cause: string };

export async function runFlowStep(o: FlowStepOptions): Promise<FlowStepResult> {
  const { Client, Pool } = await import('undici');
  const rec = o.recorder ?? new StepRecorder();
  const share = o.share ?? { index: 0, of: 1 };
  const byName = new Map<string, NamedRecorder>(o.flow.steps.map((st) => [st.name, { rec: new StepRecorder(), includesWarmup: st.once }]));
  const iterHist = newLatencyHistogram();
  const iterations = { completed: 0, failed: 0, failures: {} as Record<string, number> };
  const users = o.mode === 'users';
  const origin = new URL(o.url).origin;
  const http = { pipelining: 1, headersTimeout: o.timeoutMs, bodyTimeout: o.timeoutMs, connectTimeout: o.timeoutMs };
  // users: each user has its own connection, as a browser or app does (the server sees N
  // clients, and a pool shared by thousands would scan its connections on every request).
  // arrivals: users come and go; they share a pool of at most maxConnections.
  const pool = users ? undefined : new Pool(origin, { ...http, connections: o.maxConnections });
  const clients = new Set<UndiciClient>();
  const t0 = performance.now();
  const windowStart = t0 + o.warmupMs;
  const windowEnd = windowStart + o.durationMs;
  const inWindow = (t: number) => t >= windowStart && t < windowEnd;
  /** A request or arrival is measured when it was due in the window. */
  const counted = inWindow;
  rec.start(windowStart);
  for (const n of byName.values()) n.rec.start(n.includesWarmup ? t0 : windowStart);
  let stopped = false;
  let lagSum = 0;
  let lagCount = 0;
  let active = 0;
  let activeSum = 0;
  let activeSamples = 0;

  const sleepers = new Set<() => void>();
  const sleepUntil = (t: number) => {
    const ms = t - performance.now();
    if (ms <= 0 || stopped) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      // Node truncates a timer's delay to whole ms: rounded up, a request is never sent (and
      // timed) before it is due (a mean send lag of -0.2 ms showed it).
      const timer = setTimeout(wake, Math.ceil(ms));
      sleepers.add(wake);
    });
  };

  /** One request of one user: sent when due, timed from then, judged, captured from. */
  const request = async (
    http: Dispatcher,
    st: CompiledStep,
    scope: TemplateScope,
    jar: CookieJar,
    due: number,
    counted: (due: number) => boolean,
  ): Promise<Outcome> => {
    let path: string;
    let body: string | undefined;
    const headers: Record<string, string> = {};
    try {
      path = st.path(scope);
      for (const [k, render] of st.headers) headers[k] = render(scope);
      body = st.body?.(scope);
    } catch (err) {
      if (err instanceof MissingValue) return { ok: false, cause: `${st.name}: {{ ${err.expr} }} has no value` };
      throw err;
    }
    const cookie = jar.header();
    if (cookie) headers.cookie = cookie;
    // arrivals: a user who arrived in the window finishes its flow (it is measured); one who
    // arrived during the warm-up sends nothing after the window.
    if (stopped || (!users && !counted(due) && due >= windowEnd)) return { ok: false, cause: 'stopped' };
    await sleepUntil(due);
    if (stopped) return { ok: false, cause: 'stopped' };
    const sentAt = performance.now();
    const measured = counted(due);
    if (measured) {
      lagSum += sentAt - due;
      lagCount++;
    }
    const named = byName.get(st.name)!;
    const namedCounted = () => !stopped && (named.includesWarmup || measured);
    try {
      const res = await http.request({ path, method: st.method, headers, ...(body !== undefined ? { body } : {}) });
      // A body nothing reads is drained (dump), so the connection goes back to the pool.
      let text: string | undefined;
      if (st.needsBody) text = await res.body.text();
      else await res.body.dump();
      const latencyMs = performance.now() - due;
      const ok = st.accepts(res.statusCode);
      if (users ? !stopped && inWindow(performance.now()) : measured) rec.response(res.statusCode, latencyMs, true, ok);
      if (namedCounted()) named.rec.response(res.statusCode, latencyMs, true, ok);
      jar.store(res.headers['set-cookie']);
      if (!ok) return { ok: false, cause: `${st.name}: status ${res.statusCode}` };
      for (const [name, extract] of st.captures) {
        const v = extract({ status: res.statusCode, headers: res.headers, ...(text !== undefined ? { body: text } : {}) });
        if (v === undefined) return { ok: false, cause: `${st.name}: capture ${name} found nothing` };
        scope.vars[name] = v;
      }
      return { ok: true };
    } catch (err) {
      if (stopped) return { ok: false, cause: 'stopped' };
      const cause = errorCause(err);
      if (users ? inWindow(performance.now()) : measured) rec.failure(cause, true);
      if (namedCounted()) named.rec.failure(cause, true);
      return { ok: false, cause: `${st.name}: ${cause}` };
    }
  };

  /** One pass through `steps`; returns when the last answer (or the failure) came. */
  const iterate = async (
    http: Dispatcher,
    steps: CompiledStep[],
    scope: TemplateScope,
    jar: CookieJar,
    start: number,
    counted: (due: number) => boolean,
    done: Set<string>,
  ) => {
    let due = start;
    let busyMs = 0;
    let outcome: Outcome = { ok: true };
    for (const st of steps) {
      outcome = await request(http, st, scope, jar, due, counted);
      const now = performance.now();
      if (outcome.ok || outcome.cause !== 'stopped') busyMs += Math.max(0, now - due);
      if (!outcome.ok) break;
      if (st.once) done.add(st.name);
      due = now + thinkMs(st.think ?? o.flow.thinkTime);
    }
    const end = performance.now();
    if (outcome.ok || outcome.cause !== 'stopped') {
      if (users ? inWindow(end) && !stopped : counted(start)) {
        if (outcome.ok) {
          iterations.completed++;
          iterHist.recordValue(Math.min(HIGHEST_US, Math.max(1, Math.round(busyMs * 1000))));
        } else {
          iterations.failed++;
          iterations.failures[outcome.cause] = (iterations.failures[outcome.cause] ?? 0) + 1;
        }
      }
    }
    return { outcome, due };
  };

  const newScope = (vu: number): TemplateScope => {
    const scope: TemplateScope = { vars: {}, rows: {}, vu, iteration: 0 };
    for (const f of o.flow.feeds) if (f.order === 'unique') scope.rows[f.name] = f.pick(vu);
    return scope;
  };
  const pickRows = (scope: TemplateScope) => {
    for (const f of o.flow.feeds) if (f.order !== 'unique') scope.rows[f.name] = f.pick(scope.vu);
  };

  const loopSteps = o.flow.steps.filter((st) => !st.once);
  const onceCount = o.flow.steps.length - loopSteps.length;
  const runUser = async (vu: number, firstDue: number) => {
    const scope = newScope(vu);
    const jar = new CookieJar();
    const done = new Set<string>();
    let due = firstDue;
    await sleepUntil(due);
    if (stopped) return;
    const client = new Client(origin, http);
    clients.add(client);
    active++;
    try {
      while (!stopped) {
        pickRows(scope);
        // Once every `once` step has succeeded, the loop is the same list every time.
        const steps = done.size === onceCount ? loopSteps : o.flow.steps.filter((st) => !st.once || !done.has(st.name));
        const r = await iterate(client, steps, scope, jar, due, counted, done);
        scope.iteration++;
        // A failed iteration waits its think time too, at least 100 ms: a user who got an
        // error (or has no value to send) does not spin.
        due = r.outcome.ok ? r.due : performance.now() + Math.max(FAILED_PAUSE_MS, thinkMs(o.flow.thinkTime));
      }
    } finally {
      active--;
    }
  };

  let started = 0;
  let measuredUsers = 0;
  const runArrival = async (vu: number, due: number) => {
    const scope = newScope(vu);
    pickRows(scope);
    // Everything a user who arrived in the window does is measured, whenever it happens.
    const mine = inWindow(due);
    if (mine) measuredUsers++;
    active++;
    try {
      await iterate(pool!, o.flow.steps, scope, new CookieJar(), due, () => mine, new Set());
    } finally {
      active--;
      if (mine) measuredUsers--;
    }
  };

  const progress = setInterval(() => {
    const now = performance.now();
    if (inWindow(now)) {
      activeSum += active;
      activeSamples++;
    }
    o.onProgress?.(rec, now - t0);
  }, 250);
  const onAbort = () => stop();
  let finishWindow!: () => void;
  const windowOver = new Promise<void>((resolve) => (finishWindow = resolve));
  function stop() {
    if (stopped) return;
    stopped = true;
    for (const wake of [...sleepers]) wake();
    finishWindow();
  }
  o.signal?.addEventListener('abort', onAbort, { once: true });

  const runners: Promise<void>[] = [];
  if (users) {
    // Starts spread over 80% of the warm-up: a crowd arriving (and logging in), not one burst
    // that would measure the generator's connection set-up instead of the target.
    const spread = o.warmupMs * 0.8;
    for (let vu = 1 + share.index; vu <= o.level; vu += share.of) runners.push(runUser(vu, t0 + (spread * (vu - 1)) / o.level));
    const end = setTimeout(stop, windowEnd - performance.now());
    await windowOver;
    clearTimeout(end);
  } else {
    const interval = (1000 / o.level) * share.of;
    let next = t0 + (share.index * interval) / share.of;
    let k = 0;
    await new Promise<void>((resolve) => {
      const pump = () => {
        if (stopped) return resolve();
        const now = performance.now();
        while (next <= now && next < windowEnd) {
          if (inWindow(next)) started++;
          runners.push(runArrival(k++ * share.of + share.index + 1, next));
          next += o.rateAt ? (1000 / Math.max(0.001, o.rateAt(next - t0))) * share.of : interval;
        }
        if (next >= windowEnd) return resolve();
        setTimeout(pump, Math.max(0, Math.min(1, next - now)));
      };
      pump();
    });
    // Users who arrived in the window finish their flow, each request bounded by its
    // timeout (at most 30 s more, as k6's gracefulStop).
    const longest = o.flow.steps.reduce((sum, st) => sum + o.timeoutMs + (st.think ?? o.flow.thinkTime ?? { maxMs: 0 }).maxMs, 0);
    const drainUntil = windowEnd + Math.min(longest, 30_000) + 1000;
    while (!stopped && (performance.now() < windowEnd || measuredUsers > 0) && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 20));
    stop();
  }
  clearInterval(progress);
  o.onWindowEnd?.();
  o.signal?.removeEventListener('abort', onAbort);
  const stopAt = Math.min(performance.now(), windowEnd);
  rec.stop(stopAt);
  for (const n of byName.values()) n.rec.stop(stopAt);
  await Promise.all([pool, ...clients].map((c) => c?.destroy().catch(() => undefined)));
  await Promise.allSettled(runners);
  const windowS = rec.windowS;
  return {
    recorder: rec,
    byName,
    iterations: { ...iterations, durationMs: latencyFromHistogram(iterHist) },
    sendLagMsMean: lagCount ? lagSum / lagCount : 0,
    usersMean: activeSamples ? activeSum / activeSamples : users ? Math.ceil((o.level - share.index) / share.of) : 0,
    ...(users ? {} : { startedPerS: windowS > 0 ? started / windowS : 0 }),
    sendLagCount: lagCount,
    iterationHistogram: encodeHistogram(iterHist),
  };
}

const FAILED_PAUSE_MS = 100;

export function thinkMs(t: ThinkTime | undefined): number {
  if (!t) return 0;
  return t.minMs + Math.random() * (t.maxMs - t.minMs);
}
