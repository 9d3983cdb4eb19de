import { describe, expect, it } from 'vitest';
import { recoveryOf } from './spike-run.ts';
import type { SpikeBucket } from './block.ts';

const bucket = (t: number, p95Ms: number, sustainedP95Ms?: number, extra: Partial<SpikeBucket> = {}): SpikeBucket => ({
  t,
  phase: t < 0 ? 'before' : t < 4 ? 'spike' : 'after',
  offered: 50,
  requests: 50,
  errorRate: 0,
  p95Ms,
  ...(sustainedP95Ms !== undefined ? { sustainedP95Ms, sustainedErrorRate: 0 } : {}),
  ...extra,
});
const band = { p95Ms: 30, errorRate: 0.01 };

describe('spike recovery', () => {
  it('is the first second after the spike in the band whose sustained stretch is in it too', () => {
    const tl = [bucket(-1, 10), bucket(3, 900), bucket(4, 800, 600), bucket(5, 20, 300), bucket(6, 25, 28), bucket(7, 60, 25)];
    // t=5 is in the band, but the seconds after it are not, together; t=6 is, with them: 2 s.
    expect(recoveryOf(tl, band, { holdMs: 4000 })).toBe(2);
  });
  it('one slow second inside a good stretch does not undo it, but errors do', () => {
    expect(recoveryOf([bucket(4, 20, 22), bucket(5, 49, 24)], band, { holdMs: 4000 })).toBe(0);
    const errors = [bucket(4, 20, 22, { sustainedErrorRate: 0.2 }), bucket(5, 20, 21)];
    expect(recoveryOf(errors, band, { holdMs: 4000 })).toBe(1);
  });
  it('no second in the band, or none with a whole stretch after it, is null', () => {
    expect(recoveryOf([bucket(4, 900, 800), bucket(5, 500, 400)], band, { holdMs: 4000 })).toBeNull();
    expect(recoveryOf([bucket(4, 900, 800), bucket(5, 20)], band, { holdMs: 4000 })).toBeNull();
  });
});
