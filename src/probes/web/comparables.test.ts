// Web pages against a baseline: matched by device and path (not the loopback port), bundle
// growth judged on the single deterministic value, timings on their runs.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../runner/result.ts';
import type { WebPage } from './block.ts';
import { BaselinePolicy, compareWithBaseline } from '../../baseline/compare.ts';

const spread = (values: number[]) => ({ median: values[0]!, min: Math.min(...values), max: Math.max(...values), values });
function run(port: number, js: number, lcp: number[]): Result {
  const page: WebPage = { status: 'ok', url: `http://127.0.0.1:${port}/heavy.html`, device: 'mobile', runs: lcp.length, metrics: { js_bytes: spread(lcp.map(() => js)), lcp: spread(lcp) } };
  return {
    schemaVersion: 1,
    verdict: 'pass',
    startedAt: '2026-11-26T10:00:00Z',
    finishedAt: '2026-11-26T10:01:00Z',
    interrupted: false,
    tool: { name: 'shipgate', version: '0.1.0' },
    gates: [],
    probes: { web: { status: 'ok', pages: [page] } },
  } as Result;
}

describe('web metrics against the baseline', () => {
  it('fails a bundle that grew by more than 25%, even from two runs, and keeps LCP noise inconclusive', () => {
    const block = compareWithBaseline(run(41000, 330_000, [2700, 2800]), run(39000, 100_000, [2000, 2100]), 'base.json', BaselinePolicy.parse({}));
    const byKey = Object.fromEntries(block.comparisons.map((c) => [c.key, c]));
    expect(byKey['web.js_bytes@mobile /heavy.html']!.outcome).toBe('fail');
    expect(byKey['web.js_bytes@mobile /heavy.html']!.baseline).toBe(100_000);
    expect(byKey['web.lcp@mobile /heavy.html']!.outcome).toBe('inconclusive');
  });
});
