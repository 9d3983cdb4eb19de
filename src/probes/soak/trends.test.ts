import { describe, expect, it } from 'vitest';
import { trendOf } from './trends.ts';

const pts = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => ({ x: (i * 5) / 3600, y: f(i) }));

describe('soak trend verdicts', () => {
  it('a steady leak is growing, with its slope per hour and the hours to its limit', () => {
    const t = trendOf(
      pts(40, (i) => 100 + i * 0.5),
      'MB',
      1000,
    ); // +0.5 MB per 5 s = 360 MB/h
    expect(t.verdict).toBe('growing');
    expect(t.slopePerHour).toBeCloseTo(360, 0);
    expect(t.hoursToLimit!).toBeCloseTo((1000 - t.last!) / 360, 1);
  });
  it('a sawtooth around a flat floor is flat, and so is a significant creep within noise', () => {
    expect(
      trendOf(
        pts(40, (i) => 100 + (i % 6) * 20),
        'MB',
        1000,
      ).verdict,
    ).toBe('flat');
    // 100 → 100.5 MB: significant but under 1% and one unit: noise, not a leak.
    const creep = trendOf(
      pts(40, (i) => 100 + i * 0.0125),
      'MB',
      undefined,
    );
    expect(creep.p!).toBeLessThan(0.05);
    expect(creep.verdict).toBe('flat');
  });
  it('fewer than 12 samples is insufficient, with no slope', () => {
    expect(
      trendOf(
        pts(11, (i) => i * 10),
        'MB',
        1000,
      ),
    ).toMatchObject({ verdict: 'insufficient', slopePerHour: null });
  });
});
