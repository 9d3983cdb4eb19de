// The USL fit recovers known σ, κ from throughput made with them (exact and noisy), and
// says plainly when the data does not support a fit.
import { describe, expect, it } from 'vitest';
import { fitUsl, uslThroughput, type UslPoint } from './usl.ts';
// Deterministic noise, so a failure reproduces.
import { prng as rng } from './prng.ts';

function synth(levels: number[], sigma: number, kappa: number, lambda: number, noise = 0, seed = 1): UslPoint[] {
  const r = rng(seed);
  return levels.map((level) => ({ level, rps: uslThroughput(level, sigma, kappa, lambda) * (1 + noise * (2 * r() - 1)) }));
}

const within = (actual: number | null, expected: number, tol = 0.1) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected) / expected).toBeLessThanOrEqual(tol);
};

describe('fitUsl', () => {
  const LEVELS = [1, 2, 4, 8, 16, 32, 64, 128];

  it('recovers σ, κ, λ exactly from noiseless throughput, and the peak', () => {
    const f = fitUsl(synth(LEVELS, 0.05, 0.001, 1000));
    within(f.sigma, 0.05, 0.01);
    within(f.kappa, 0.001, 0.01);
    within(f.lambda, 1000, 0.01);
    within(f.peakConcurrency, Math.sqrt(0.95 / 0.001), 0.01);
    within(f.peakThroughput, uslThroughput(Math.sqrt(0.95 / 0.001), 0.05, 0.001, 1000), 0.01);
    expect(f.quality).toBe('good');
    expect(f.r2!).toBeGreaterThan(0.9999);
    expect(f.note).toMatch(/peaks near 30\.8 concurrent/);
  });

  it('recovers σ and κ within 10% with ±1% noise, over several noise draws', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const f = fitUsl(synth([10, 20, 40, 80, 160, 320, 640], 0.02, 0.0001, 100, 0.01, seed));
      within(f.sigma, 0.02);
      within(f.kappa, 0.0001);
      expect(f.quality).toBe('good');
    }
  });

  it('recovers parameters when the ramp does not start at N=1 (λ is not just X(Nmin)/Nmin)', () => {
    const f = fitUsl(synth([100, 500, 1000, 2000, 5000], 0.1, 0.00002, 50, 0.005, 9));
    within(f.sigma, 0.1);
    within(f.kappa, 0.00002);
  });

  it('κ≈0: no finite peak; throughput levels off towards λ/σ', () => {
    const f = fitUsl(synth(LEVELS, 0.1, 0, 200));
    expect(f.kappa!).toBeLessThan(1e-7);
    expect(f.peakConcurrency).toBe(Infinity);
    within(f.peakThroughput, 2000, 0.02);
    expect(f.note).toMatch(/levels off/);
  });

  it('reports a poor fit on throughput that is noise', () => {
    const r = rng(42);
    const f = fitUsl([5, 10, 15, 20, 25, 30, 35, 40, 45, 50].map((level) => ({ level, rps: 500 + 500 * r() })));
    expect(f.quality).toBe('poor');
    expect(f.r2!).toBeLessThan(0.9);
    expect(f.note).toMatch(/^poor fit/);
  });

  it('says "insufficient" below 4 distinct levels, and ignores unusable points', () => {
    const f = fitUsl([
      { level: 10, rps: 100 },
      { level: 10, rps: 101 },
      { level: 20, rps: 190 },
      { level: 40, rps: 300 },
      { level: 0, rps: 5 },
      { level: 80, rps: NaN },
    ]);
    expect(f).toMatchObject({ quality: 'insufficient', sigma: null, kappa: null });
    expect(f.note).toMatch(/3 distinct concurrency levels/);
  });
});
