import { describe, expect, it } from 'vitest';
import { lowerEnvelope, theilSen } from './trend.ts';
import { prng } from './prng.ts';

const series = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => ({ x: i, y: f(i) }));

describe('Theil–Sen and Mann–Kendall', () => {
  it('recovers a slope through noise and outliers, with a significant trend', () => {
    const rnd = prng(7);
    const pts = series(60, (i) => 100 + 2 * i + (rnd() - 0.5) * 10 + (i % 17 === 0 ? 500 : 0));
    const fit = theilSen(pts);
    expect(fit.slope).toBeGreaterThan(1.8);
    expect(fit.slope).toBeLessThan(2.2);
    expect(fit.slopeLow).toBeLessThan(fit.slope);
    expect(fit.slopeHigh).toBeGreaterThan(fit.slope);
    expect(fit.p).toBeLessThan(0.001);
  });

  it('calls noise around a level a trend about 5% of the time at p < 0.05, as a calibrated test should', () => {
    let trends = 0;
    let intervalsHoldZero = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = prng(seed);
      const fit = theilSen(series(40, () => 50 + rnd() * 10));
      if (fit.p < 0.05) trends++;
      if (fit.slopeLow <= 0 && fit.slopeHigh >= 0) intervalsHoldZero++;
    }
    expect(trends / 300).toBeGreaterThan(0.02);
    expect(trends / 300).toBeLessThan(0.09);
    expect(intervalsHoldZero / 300).toBeGreaterThan(0.9);
  });

  it('matches a textbook Mann–Kendall S for a short series', () => {
    // 1,3,2,4: pairs (1,3)+ (1,2)+ (1,4)+ (3,2)- (3,4)+ (2,4)+ → S = 4
    const fit = theilSen([1, 3, 2, 4].map((y, x) => ({ x, y })));
    expect(fit.s).toBe(4);
    expect(fit.tau).toBeCloseTo(4 / 6);
  });
});

describe('lower envelope', () => {
  it('a sawtooth shows its flat floor; a leak under the sawtooth shows its rise', () => {
    const saw = series(600, (i) => 100 + (i % 50));
    const leak = series(600, (i) => 100 + (i % 50) + i * 0.2);
    const flat = theilSen(lowerEnvelope(saw, 12));
    const rising = theilSen(lowerEnvelope(leak, 12));
    expect(flat.slope).toBe(0);
    expect(flat.p).toBeGreaterThan(0.05);
    expect(rising.slope).toBeCloseTo(0.2, 1);
    expect(rising.p).toBeLessThan(0.001);
  });
});
