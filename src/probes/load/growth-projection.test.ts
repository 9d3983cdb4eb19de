import { describe, expect, it } from 'vitest';
import { projectGrowth, type ResourceSeries } from './growth-projection.ts';
import type { LoadStep } from './block.ts';

const step = (level: number, breaks: string[] = []): LoadStep => ({
  level,
  durationS: 5,
  requests: 100,
  rps: level * 10,
  latencyMs: { p50: 1, p90: 1, p95: 1, p99: 1, max: 1 },
  errorRate: 0,
  errors: {},
  breaks,
});

describe('projectGrowth', () => {
  // pool: 1 connection per 2 users + 1 idle; cpu: 0.5% per user + 5%
  const series: ResourceSeries[] = [
    { name: 'pool', unit: 'conns', limit: 10, value: (s) => 1 + s.level / 2 },
    { name: 'cpu', unit: '%', limit: 100, value: (s) => 5 + s.level * 0.5 },
    { name: 'flat', unit: 'MB', limit: 1000, value: () => 80 },
  ];
  const steps = [step(2), step(4), step(8), step(16, ['error rate 5% > 1%'])];

  it('projects each resource to N x the current peak and names the first to break', () => {
    const p = projectGrowth(steps, series, 4, 10);
    const pool = p.resources.find((r) => r.name === 'pool')!;
    expect(pool.atCurrent).toBeCloseTo(3, 5);
    expect(pool.projected).toBeCloseTo(21, 5);
    expect(pool.utilizationAtCurrent).toBeCloseTo(0.3, 5);
    expect(pool.breaksAtMultiple).toBeCloseTo(4.5, 2); // 1 + L/2 = 10 at L = 18 = 4.5 x 4
    const cpu = p.resources.find((r) => r.name === 'cpu')!;
    expect(cpu.breaksAtMultiple).toBeCloseTo(47.5, 1); // 5 + L/2 = 100 at L = 190
    expect(p.resources.find((r) => r.name === 'flat')!.breaksAtMultiple).toBeNull();
    expect(p.firstToBreak).toEqual({ name: 'pool', multiple: 4.5 });
  });

  it('uses only the good steps for the trend', () => {
    const p = projectGrowth(steps, series, 4, 10);
    expect(p.resources[0]!.fit.points).toBe(3);
  });

  it('says so when there is nothing to fit', () => {
    const p = projectGrowth([step(2)], series, 2, 10);
    expect(p.resources).toHaveLength(0);
    expect(p.firstToBreak).toBeNull();
    expect(p.note).toMatch(/fewer than two good steps/);
  });
});
