// Web pages against a baseline: matched by device and path (not the loopback port), bundle
// growth judged on the single deterministic value, timings on their runs.
import { describe, expect, it } from 'vitest';
import type { WebPage, WebProbe } from './block.ts';
import { BaselinePolicy, compareWithBaseline } from '../../baseline/compare.ts';
import { webComparables } from './comparables.ts';

const spread = (values: number[]) => ({ median: values[0]!, min: Math.min(...values), max: Math.max(...values), values });
function run(port: number, js: number, lcp: number[]): WebProbe {
  const page: WebPage = {
    status: 'ok',
    url: `http://127.0.0.1:${port}/heavy.html`,
    device: 'mobile',
    runs: lcp.length,
    metrics: { js_bytes: spread(lcp.map(() => js)), lcp: spread(lcp) },
  };
  return { status: 'ok', pages: [page] };
}

describe('web metrics against the baseline', () => {
  it('fails a bundle that grew by more than 25%, even from two runs, and keeps LCP noise inconclusive', () => {
    const block = compareWithBaseline(
      webComparables(run(41000, 330_000, [2700, 2800])),
      webComparables(run(39000, 100_000, [2000, 2100])),
      { source: 'base.json' },
      BaselinePolicy.parse({}),
    );
    const byKey = Object.fromEntries(block.comparisons.map((c) => [c.key, c]));
    expect(byKey['web.js_bytes@mobile /heavy.html']!.outcome).toBe('fail');
    expect(byKey['web.js_bytes@mobile /heavy.html']!.baseline).toBe(100_000);
    expect(byKey['web.lcp@mobile /heavy.html']!.outcome).toBe('inconclusive');
  });
});

describe('webComparables', () => {
  it('compares the pages an error block did measure, not the failed ones', () => {
    const ok = run(4000, 1000, [100]);
    const block: WebProbe = {
      status: 'error',
      message: '1 could not be measured',
      pages: [...ok.pages!, { ...ok.pages![0]!, status: 'error', url: 'http://127.0.0.1:4000/down', metrics: {} }],
    };
    expect(webComparables(block).map((c) => c.key)).toEqual(['web.lcp@mobile /heavy.html', 'web.js_bytes@mobile /heavy.html']);
  });
});
