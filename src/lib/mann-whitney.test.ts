import { describe, expect, it } from 'vitest';
import { mannWhitneyU } from './mann-whitney.ts';

describe('mannWhitneyU', () => {
  it('matches the exact textbook value for fully separated samples', () => {
    // n1 = n2 = 5, complete separation: U = 0, two-sided p = 2/252 = 0.00794 (scipy agrees).
    const r = mannWhitneyU([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]);
    expect(r.method).toBe('exact');
    expect(r.u).toBe(0);
    expect(r.p).toBeCloseTo(2 / 252, 5);
  });
  it('gives a high p for interleaved samples', () => {
    const r = mannWhitneyU([1, 3, 5, 7, 9], [2, 4, 6, 8, 10]);
    expect(r.p).toBeGreaterThan(0.5);
  });
  it('uses the normal approximation with ties', () => {
    const r = mannWhitneyU([1, 1, 2, 2, 3, 3, 4, 4], [5, 5, 6, 6, 7, 7, 8, 8]);
    expect(r.method).toBe('normal');
    expect(r.p).toBeLessThan(0.01);
    expect(mannWhitneyU([2, 2, 2], [2, 2, 2]).p).toBe(1);
  });
});
