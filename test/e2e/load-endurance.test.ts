// Endurance, structurally: a ramp keeps nothing alive per step. After many short steps in
// one run, with the one AbortSignal a CLI run shares across them, no step recorder, latency
// histogram, generator monitor, resource sampler or engine connection of a finished step is
// still reachable, and no step left a listener on the signal. (RSS over a 10-minute ramp
// is a figure, in bench/endurance.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getEventListeners } from 'node:events';
import { Session } from 'node:inspector/promises';
import { Connection } from '../../src/probes/load/http-engine.ts';
import { runRamp } from '../../src/probes/load/ramp.ts';
import { RampScenario } from '../../src/probes/load/scenario.ts';
import { StepRecorder, newLatencyHistogram } from '../../src/probes/load/step-recorder.ts';
import { GeneratorMonitor } from '../../src/probes/load/generator-health.ts';
import { ResourceSampler } from '../../src/probes/load/resource-sampler.ts';

let server: Server;
let url: string;
const session = new Session();
beforeAll(async () => {
  server = createServer((_req, res) => res.end('ok'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  session.connect();
});
afterAll(() => {
  session.disconnect();
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
});

const PER_STEP = {
  StepRecorder: StepRecorder.prototype,
  histogram: Object.getPrototypeOf(newLatencyHistogram()) as object,
  GeneratorMonitor: GeneratorMonitor.prototype,
  ResourceSampler: ResourceSampler.prototype,
  'engine Connection': Connection.prototype,
};

/** Live objects with this prototype (DevTools' queryObjects), after liveCounts' collection. */
async function liveCount(proto: object): Promise<number> {
  const g = globalThis as { __shipgateProto?: object };
  g.__shipgateProto = proto;
  try {
    const { result } = await session.post('Runtime.evaluate', { expression: 'globalThis.__shipgateProto', objectGroup: 'leak' });
    const { objects } = (await session.post('Runtime.queryObjects', { prototypeObjectId: result.objectId!, objectGroup: 'leak' })) as unknown as {
      objects: { objectId: string };
    };
    const { result: n } = (await session.post('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    })) as { result: { value?: unknown } };
    return n.value as number;
  } finally {
    delete g.__shipgateProto;
    await session.post('Runtime.releaseObjectGroup', { objectGroup: 'leak' });
  }
}

async function liveCounts(): Promise<Record<string, number>> {
  await session.post('HeapProfiler.collectGarbage');
  const out: Record<string, number> = {};
  for (const [name, proto] of Object.entries(PER_STEP)) out[name] = await liveCount(proto);
  return out;
}

/** Counts once the finished steps have had `ms` to let go (a closing socket's last events can
 * hold the last step's connections a moment after it ends). */
async function settledCounts(baseline: Record<string, number>, ms: number): Promise<Record<string, number>> {
  const until = Date.now() + ms;
  for (;;) {
    const now = await liveCounts();
    if (Object.keys(PER_STEP).every((k) => now[k]! <= baseline[k]!) || Date.now() > until) return now;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('a long ramp keeps nothing per step', () => {
  for (const [mode, count] of [
    ['concurrency', 4],
    ['rate', 12],
  ] as const) {
    it(`${mode} model: ${count} steps in one run leave no step object alive and no listener on the run's signal`, async () => {
      // Rate steps need enough answers per window (~80) that one late answer is no shortfall.
      const steps = Array.from({ length: count }, (_, i) => (mode === 'rate' ? 200 + 10 * i : 2 + i));
      const s = RampScenario.parse({
        mode,
        steps,
        stepDuration: mode === 'rate' ? '300ms' : '150ms',
        warmup: mode === 'rate' ? '100ms' : 0,
        timeout: '2s',
        breaking: { errorRate: 1, p99Ms: 60_000 },
      });
      const run = new AbortController(); // one signal for the whole run, as RunSession has
      const before = await liveCounts();
      const probe = await runRamp(s, { target: url, signal: run.signal });
      // Enough steps ran for a per-step leak to show (a starved step on the shared machine
      // may end the ramp early; that is the generator-honesty rule, not this test's subject).
      expect(probe.steps.length).toBeGreaterThanOrEqual(4);
      for (const x of probe.steps) expect(x.requests).toBeGreaterThan(0);
      expect(getEventListeners(run.signal, 'abort')).toHaveLength(0);
      const after = await settledCounts(before, 10_000);
      // The result (plain step objects) is still held here; nothing else from the steps.
      for (const name of Object.keys(PER_STEP)) expect(after[name], name).toBeLessThanOrEqual(before[name]!);
    });
  }
});
