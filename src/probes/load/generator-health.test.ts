import { describe, expect, it } from 'vitest';
import { SATURATION, sendLagReason } from './generator-health.ts';

describe('send lag: the generator’s own delay before a request went out', () => {
  it('is a reason not to trust a step above the mean limit, in every model, and none at or below it', () => {
    expect(sendLagReason('concurrency', SATURATION.sendLagMeanMs + 0.5)).toBe('load generator held requests back 21 ms on average before sending them');
    expect(sendLagReason('rate', 42)).toBe('load generator fell behind its send schedule by 42 ms on average');
    expect(sendLagReason('arrivals', 42)).toMatch(/fell behind/);
    for (const ok of [undefined, 0, 13.3, SATURATION.sendLagMeanMs]) expect(sendLagReason('concurrency', ok)).toBeUndefined();
  });
});
