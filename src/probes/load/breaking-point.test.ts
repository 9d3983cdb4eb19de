import { describe, expect, it } from 'vitest';
import { describeBreakingPoint, nextBisection, stepBreaks } from './breaking-point.ts';
import type { LoadStep } from './block.ts';

const criteria = { errorRate: 0.01, p99Ms: 2000 };
const step = (level: number, errorRate: number, p99: number, extra: Partial<LoadStep> = {}): LoadStep => ({
  level,
  durationS: 3,
  requests: 1000,
  rps: 333,
  latencyMs: { p50: 10, p90: 20, p95: 30, p99: p99, max: p99 },
  errorRate,
  errors: {},
  ...extra,
});

describe('stepBreaks', () => {
  it('names each broken criterion', () => {
    expect(stepBreaks(step(10, 0.005, 100), criteria)).toEqual([]);
    expect(stepBreaks(step(10, 0.02, 100), criteria)).toEqual(['error rate 2.0% > 1.0%']);
    expect(stepBreaks(step(10, 0, 2500), criteria)).toEqual(['p99 2500 ms > 2000 ms']);
    expect(stepBreaks(step(10, 0, 10, { requests: 0 }), criteria)).toEqual(['no request completed in the step']);
    expect(stepBreaks(step(1000, 0, 10, { rps: 700, offeredRps: 1000 }), criteria)).toEqual(['achieved 700 of 1000 requests/s offered']);
  });
});

describe('nextBisection', () => {
  it('halves until the interval is within the tolerance', () => {
    expect(nextBisection(20, 40, 0.1)).toBe(30);
    expect(nextBisection(30, 40, 0.1)).toBe(35);
    expect(nextBisection(30, 33, 0.1)).toBeUndefined();
    expect(nextBisection(1, 2, 0.1)).toBeUndefined();
  });
});

describe('describeBreakingPoint', () => {
  it('takes the highest good level below the first bad one', () => {
    const s = [step(10, 0, 10, { breaks: [] }), step(20, 0, 10, { breaks: [] }), step(40, 0.5, 10, { breaks: ['error rate 50% > 1%'] })];
    expect(describeBreakingPoint(s, 'connections')).toEqual({
      found: true,
      lastGood: 20,
      firstBad: 40,
      reason: 'at 40 connections: error rate 50% > 1%',
    });
  });
  it('says so when every level held', () => {
    const s = [step(10, 0, 10, { breaks: [] }), step(20, 0, 10, { breaks: [] })];
    expect(describeBreakingPoint(s, 'connections')).toMatchObject({ found: false, lastGood: 20, firstBad: null });
  });
});
