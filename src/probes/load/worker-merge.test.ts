// Steps spread over threads are merged by adding histograms: the merged percentiles must be
// exactly those of one histogram fed every value, never an average of the threads' percentiles.
import { describe, expect, it } from 'vitest';
import { saturationReason, worstHealth } from './generator-health.ts';
import { StepRecorder } from './step-recorder.ts';
import { splitLevel, threadsFor } from './worker-job.ts';

/** A deterministic spread of latencies (ms) with a long tail, different per "thread". */
function latencies(seed: number, n: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    const u = x / 2 ** 31;
    return u < 0.97 ? 1 + u * 20 : 200 + u * 3000;
  });
}

describe('merging recorders across threads', () => {
  it('percentiles of two merged recorders equal those of one recorder fed every value', () => {
    const a = latencies(1, 40_000);
    const b = latencies(7, 15_000).map((v) => v * 3); // a slower thread: its tail differs
    const one = new StepRecorder();
    const t1 = new StepRecorder();
    const t2 = new StepRecorder();
    for (const r of [one, t1, t2]) r.start();
    a.forEach((v, i) => {
      one.response(i % 50 ? 200 : 503, v);
      t1.response(i % 50 ? 200 : 503, v);
    });
    b.forEach((v) => {
      one.response(200, v);
      t2.response(200, v);
    });
    one.failure('timeout');
    t2.failure('timeout');

    const merged = new StepRecorder();
    merged.start();
    // Through the plain-data part a thread posts (histogram encoded, as in result.json).
    merged.addPart(structuredClone(t1.part()));
    merged.addPart(structuredClone(t2.part()));

    const { max, ...percentiles } = merged.latency();
    const { max: oneMax, ...onePercentiles } = one.latency();
    expect(percentiles).toEqual(onePercentiles);
    for (const p of [50, 90, 95, 99, 99.9, 99.99]) expect(merged.histogram.getValueAtPercentile(p)).toBe(one.histogram.getValueAtPercentile(p));
    // The encoded histogram keeps each value's bucket, not the exact maximum: 0.1% resolution,
    // as for every histogram saved in result.json.
    expect(Math.abs(max! - oneMax!) / oneMax!).toBeLessThan(0.001);
    expect(merged.requests).toBe(one.requests);
    expect(merged.errors).toEqual(one.errors);
    expect(merged.errorRate).toBe(one.errorRate);
    // The average of the threads' p99s is not the merged p99 (what merging must not do).
    const avgP99 = (t1.latency().p99! + t2.latency().p99!) / 2;
    expect(Math.abs(avgP99 - merged.latency().p99!)).toBeGreaterThan(1);
  });
});

describe('threads per step', () => {
  it('small levels stay on one thread; larger ones use up to the configured count', () => {
    expect(threadsFor('concurrency', 2, 2)).toBe(1);
    expect(threadsFor('concurrency', 40, 2)).toBe(1);
    expect(threadsFor('concurrency', 50, 2)).toBe(2);
    expect(threadsFor('concurrency', 5000, 4)).toBe(4);
    expect(threadsFor('rate', 500, 2)).toBe(1);
    expect(threadsFor('rate', 20_000, 2)).toBe(2);
    expect(threadsFor('rate', 20_000, 1)).toBe(1);
    expect(threadsFor('users', 1999, 2)).toBe(1);
    expect(threadsFor('users', 5000, 2)).toBe(2);
    expect(threadsFor('arrivals', 400, 2)).toBe(2);
    expect(threadsFor('unknown', 5000, 2)).toBe(1);
  });

  it('connections split into whole numbers that add up; a rate into equal shares', () => {
    expect(splitLevel('concurrency', 5001, 2)).toEqual([2501, 2500]);
    expect(splitLevel('concurrency', 50, 3)).toEqual([17, 17, 16]);
    expect(splitLevel('rate', 15_000, 2)).toEqual([7500, 7500]);
  });
});

describe("a step's generator health over threads", () => {
  const healthy = { eventLoopLagMsP99: 8, eventLoopLagMsMean: 1.5, eventLoopLagMsMax: 30, cpuPercent: 120 };
  it('one lagging worker makes the step untrusted, however healthy the others and the main thread', () => {
    const starved = { eventLoopLagMsP99: 140, eventLoopLagMsMean: 12, eventLoopLagMsMax: 180, cpuPercent: 0 };
    const h = worstHealth(healthy, [healthy, starved, healthy]);
    expect(h).toEqual({ eventLoopLagMsP99: 140, eventLoopLagMsMean: 12, eventLoopLagMsMax: 180, cpuPercent: 120 });
    expect(saturationReason(h)).toMatch(/event-loop lag p99 140 ms/);
    // One long stall in one thread is enough too (a GC pause delays what that thread reads).
    const stalled = worstHealth(healthy, [{ ...healthy, eventLoopLagMsMax: 400 }, healthy]);
    expect(saturationReason(stalled)).toMatch(/longest stall 400 ms/);
  });
  it('every thread healthy: trusted, the process CPU from the main thread', () => {
    const h = worstHealth(healthy, [{ ...healthy, eventLoopLagMsP99: 20 }, healthy]);
    expect(h.eventLoopLagMsP99).toBe(20);
    expect(h.cpuPercent).toBe(120);
    expect(saturationReason(h)).toBeUndefined();
  });
});
