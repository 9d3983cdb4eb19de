import { describe, expect, it } from 'vitest';
import { recoveryOf } from './spike-run.ts';
import type { SpikeBucket } from './block.ts';

describe('spike recovery', () => {
  const bucket = (t: number, p95Ms: number, phase: SpikeBucket['phase'] = t < 0 ? 'before' : t < 4 ? 'spike' : 'after'): SpikeBucket => ({
    t,
    phase,
    offered: 50,
    requests: 50,
    errorRate: 0,
    p95Ms,
  });
  const times = { holdMs: 4000, recoverMs: 20_000, sustainMs: 3000 };
  it('is the start of the first sustained stretch back in the band, from the end of the spike', () => {
    const tl = [
      bucket(-1, 10),
      ...[0, 1, 2, 3].map((t) => bucket(t, 900)),
      bucket(4, 800),
      bucket(5, 20),
      bucket(6, 400),
      bucket(7, 20),
      bucket(8, 21),
      bucket(9, 19),
      bucket(10, 20),
    ];
    // t=5 is in the band but t=6 is not: the sustained stretch starts at 7, 3 s after the spike.
    expect(recoveryOf(tl, { p95Ms: 30, errorRate: 0.01 }, times)).toBe(3);
  });
  it('errors above the band delay it, and no sustained stretch is null', () => {
    const tl = [bucket(4, 20), { ...bucket(5, 20), errorRate: 0.2 }, bucket(6, 20), bucket(7, 20)];
    expect(recoveryOf(tl, { p95Ms: 30, errorRate: 0.01 }, { ...times, sustainMs: 2000 })).toBe(2);
    expect(recoveryOf(tl, { p95Ms: 30, errorRate: 0.01 }, { ...times, sustainMs: 3000 })).toBeNull();
  });
});
