// A step spread over worker threads measures what one thread measures: against a server with
// a known latency (one request in five waits 30 ms, the others 3 ms), the percentiles of a
// 2-thread step (histograms merged in the main thread) match a single-threaded step's, in both
// load models, and the step records how many threads sent it. A spike spread over two threads
// is one timeline: every second holds what both threads sent in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProbeError } from '../../src/core/errors.ts';
import { GeneratorThreads } from '../../src/probes/load/generator-threads.ts';
import { makeFeed } from '../../src/probes/load/data-feed.ts';
import { runRamp } from '../../src/probes/load/ramp.ts';
import { RampScenario } from '../../src/probes/load/scenario.ts';
import { runSpike } from '../../src/probes/spike/spike-run.ts';

let server: Server;
let url: string;
let n = 0;
beforeAll(async () => {
  server = createServer((_req, res) => {
    setTimeout(() => res.end('ok'), n++ % 5 === 0 ? 30 : 3);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
});

async function step(mode: 'concurrency' | 'rate', level: number, workers: number) {
  const s = RampScenario.parse({ mode, steps: [level], stepDuration: '2s', warmup: '0.5s', workers });
  return (await runRamp(s, { target: url })).steps[0]!;
}

/** Within 25% or 2 ms: the same distribution measured twice, not the same numbers. */
const near = (a: number | undefined, b: number | undefined) => expect(Math.abs(a! - b!)).toBeLessThanOrEqual(Math.max(2, 0.25 * b!));

describe.each([
  { mode: 'concurrency' as const, level: 50 },
  { mode: 'rate' as const, level: 2000 },
])('$mode $level: two worker threads against one', ({ mode, level }) => {
  it('the merged percentiles match a single-threaded step', async () => {
    const one = await step(mode, level, 1);
    const two = await step(mode, level, 2);
    expect(one.generator!.workers).toBe(1);
    expect(two.generator!.workers).toBe(2);
    for (const s of [one, two]) {
      expect(s.errorRate).toBe(0);
      expect(s.trusted).toBe(true);
    }
    near(two.latencyMs.p50, one.latencyMs.p50);
    near(two.latencyMs.p90, one.latencyMs.p90);
    // The tail is where a shared machine's scheduling shows: looser, but the same tail.
    expect(Math.abs(two.latencyMs.p99! - one.latencyMs.p99!)).toBeLessThanOrEqual(Math.max(5, 0.5 * one.latencyMs.p99!));
    // The known latency shows through: most answers take ~3 ms, the 20% slow ones ~30 ms.
    expect(two.latencyMs.p50!).toBeLessThan(15);
    expect(two.latencyMs.p90!).toBeGreaterThan(25);
    if (mode === 'rate') {
      expect(two.offeredRps).toBe(level);
      expect(two.rps).toBeGreaterThan(level * 0.95);
      near(two.requests, one.requests);
      expect(two.offeredRps).toBeDefined();
    }
  });
});

describe('a thread that cannot measure', () => {
  it('makes the step an error, and the threads are not reused', async () => {
    const s = RampScenario.parse({ mode: 'concurrency', steps: [50], stepDuration: '1s', warmup: 0 });
    const threads = await GeneratorThreads.open(2);
    try {
      // Thread 1's share cannot even be built (no such URL): it reports a failure.
      const run = threads.run(s, { target: 'not a url', level: 50, threads: 2, warmupMs: 0, durationMs: 1000, feeds: [] });
      await expect(run).rejects.toThrow(ProbeError);
      await expect(run).rejects.toThrow(/load generator thread \d of 2 failed/);
      await expect(threads.run(s, { target: url, level: 50, threads: 2, warmupMs: 0, durationMs: 1000, feeds: [] })).rejects.toThrow(ProbeError);
    } finally {
      await threads.close();
    }
  });
});

describe('arrivals (flows) over two threads', () => {
  it('each arriving user keeps its own data row across threads, and the flow stats are merged', async () => {
    // A login that answers a token per user, then a page that needs it.
    const logins = new Map<string, number>();
    let noToken = 0;
    const shop = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d));
      req.on('end', () => {
        if (req.url === '/login') {
          const user = (JSON.parse(body) as { user: string }).user;
          logins.set(user, (logins.get(user) ?? 0) + 1);
          res.setHeader('content-type', 'application/json');
          return res.end(JSON.stringify({ token: `t-${user}` }));
        }
        // (The reachability check before the ramp asks for / without a token.)
        if (req.url === '/page' && !req.headers.authorization?.startsWith('Bearer t-')) noToken++;
        res.end('ok');
      });
    });
    await new Promise<void>((r) => shop.listen(0, '127.0.0.1', r));
    const shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}/`;
    try {
      const s = RampScenario.parse({
        mode: 'arrivals',
        steps: [400],
        stepDuration: '1.5s',
        warmup: '0.5s',
        workers: 2,
        data: { users: { file: 'unused.csv', order: 'unique' } },
        flow: [
          { name: 'login', request: { method: 'POST', path: '/login', json: { user: '{{ users.user }}' } }, capture: { token: { json: '$.token' } } },
          { name: 'page', request: { path: '/page', headers: { authorization: 'Bearer {{ token }}' } } },
        ],
      });
      const rows = Array.from({ length: 2000 }, (_, i) => ({ user: `u${i + 1}` }));
      const feeds = [makeFeed('users', { file: 'unused.csv', order: 'unique' }, rows)];
      const step = (await runRamp(s, { target: shopUrl, feeds })).steps[0]!;
      expect(step.generator!.workers).toBe(2);
      expect(step.errorRate).toBe(0);
      // Every arrival logged in once with its own row: no row used by both threads.
      expect(Math.max(...logins.values())).toBe(1);
      expect(logins.size).toBeGreaterThan(400 * 1.5);
      expect(noToken).toBe(0);
      // The window's arrivals (400/s for 1.5 s), each one iteration, counted once over both threads.
      expect(step.iterations!.completed).toBeGreaterThan(400 * 1.5 * 0.9);
      expect(step.iterations!.completed).toBeLessThanOrEqual(400 * 1.5 + 2);
      expect(step.byName!.page!.requests).toBe(step.iterations!.completed);
    } finally {
      shop.closeAllConnections();
      await new Promise<void>((r) => shop.close(() => r()));
    }
  });
});

describe('a spike over two threads', () => {
  it("adds the threads' timelines: each second holds the whole offered rate, the known latency shows through", async () => {
    const s = RampScenario.parse({ mode: 'rate', steps: [2500], stepDuration: '6s', warmup: '0.5s', workers: 2 });
    const quiet = { update() {}, log() {}, done() {} };
    const times = { base: 500, peak: 2500, warmupMs: 500, beforeMs: 2000, holdMs: 2000, recoverMs: 2000, sustainMs: 1000 };
    const r = await runSpike(s, url, undefined, times, quiet);
    expect(r.workers).toBe(2);
    expect(r.trusted, r.untrustedReason).toBe(true);
    const part = (name: string) => r.phases.find((p) => p.name === name)!;
    // 2,500/s for 2 s from two threads of 1,250/s each: one thread's timeline alone would hold half.
    expect(part('spike').requests).toBeGreaterThan(5000 * 0.9);
    expect(part('spike').requests).toBeLessThan(5000 * 1.1);
    expect(part('before').requests).toBeGreaterThan(1000 * 0.9);
    for (const t of r.timeline.filter((b) => b.phase === 'spike')) {
      expect(t.offered).toBe(2500);
      expect(t.requests).toBeGreaterThan(2500 * 0.85);
    }
    expect(part('spike').errorRate).toBe(0);
    expect(part('spike').latencyMs.p50!).toBeLessThan(15);
    expect(part('spike').latencyMs.p90!).toBeGreaterThan(25);
    expect(r.recovered).toBe(true);
  });
});
