// The open model measures latency from each request's intended send time, so a server
// stall shows up in the percentiles; the closed model hides it (coordinated omission).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runOpenStep } from '../../src/probes/load/open-step.ts';
import { runClosedStep } from '../../src/probes/load/closed-step.ts';
import { runRamp } from '../../src/probes/load/ramp.ts';
import { RampScenario } from '../../src/probes/load/scenario.ts';

let server: Server;
let url: string;
let stallUntil = 0;
beforeAll(async () => {
  server = createServer((_req, res) => {
    const wait = Math.max(0, stallUntil - performance.now());
    setTimeout(() => res.end('ok'), wait);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const get = [{ name: 'GET /', method: 'GET' as const, path: '/', headers: {} }];

/** Stall every response for 500 ms, starting 1 s into the measured window. */
function stallDuringWindow(warmupMs: number) {
  const start = performance.now() + warmupMs + 1000;
  const timer = setTimeout(() => (stallUntil = start + 500), warmupMs + 1000);
  return () => clearTimeout(timer);
}

describe('coordinated omission', () => {
  it('open model: a 500 ms stall shows in p90, even for requests queued behind it', async () => {
    const cancel = stallDuringWindow(200);
    const r = await runOpenStep({ url, rate: 200, warmupMs: 200, durationMs: 2000, timeoutMs: 5000, maxConnections: 1, requests: get });
    cancel();
    // One connection: requests due during the stall queue behind it. Timed from their actual
    // send they would look fast; timed from their intended send they show the wait.
    const lat = r.recorder.latency();
    // A quarter of the requests were due during the stall and waited up to 500 ms.
    expect(lat.p90).toBeGreaterThan(150);
    expect(lat.max).toBeGreaterThan(400);
    expect(r.offered).toBeGreaterThanOrEqual(398);
    expect(r.recorder.requests).toBe(r.offered);
    expect(r.recorder.errorRate).toBe(0);
  });

  it('closed model with one connection: the same stall hides in one slow request', async () => {
    const cancel = stallDuringWindow(200);
    const { recorder: rec } = await runClosedStep({ url, connections: 1, warmupMs: 200, durationMs: 2000, timeoutMs: 5000, requests: get });
    cancel();
    const lat = rec.latency();
    expect(lat.max).toBeGreaterThan(400);
    expect(lat.p90).toBeLessThan(50);
  });
});

describe('generator honesty', () => {
  it('a step whose generator event loop is blocked is marked untrusted', async () => {
    const s = RampScenario.parse({ mode: 'rate', steps: [100], stepDuration: '1.5s', warmup: '0.2s' });
    // Block our own event loop 150 ms out of every 200: the generator cannot keep time.
    const hog = setInterval(() => {
      const end = performance.now() + 150;
      while (performance.now() < end);
    }, 200);
    const probe = await runRamp(s, { target: url });
    clearInterval(hog);
    const step = probe.steps[0]!;
    expect(step.trusted).toBe(false);
    expect(step.untrustedReason).toMatch(/generator/);
    expect(step.generator!.eventLoopLagMsP99).toBeGreaterThan(100);
    expect(probe.breakingPoint.found).toBe(false);
    expect(probe.breakingPoint.reason).toMatch(/inconclusive/);
  });

  it('one long stall of the generator (400 ms, as a long GC pause) marks a closed step untrusted', async () => {
    const s = RampScenario.parse({ mode: 'concurrency', steps: [5], stepDuration: '1.5s', warmup: '0.2s' });
    const stall = setTimeout(() => {
      const end = performance.now() + 400;
      while (performance.now() < end);
    }, 700);
    const probe = await runRamp(s, { target: url });
    clearTimeout(stall);
    const step = probe.steps[0]!;
    expect(step.generator!.eventLoopLagMsMax).toBeGreaterThan(250);
    expect(step.trusted).toBe(false);
    expect(step.untrustedReason).toMatch(/load generator saturated: .*longest stall [\d.]+ ms/);
  });

  it('a healthy step is trusted', async () => {
    const s = RampScenario.parse({ mode: 'rate', steps: [100], stepDuration: '1s', warmup: '0.2s' });
    const probe = await runRamp(s, { target: url });
    expect(probe.steps[0]!.trusted).toBe(true);
    expect(probe.steps[0]!.rps).toBeGreaterThan(90);
  });
});
