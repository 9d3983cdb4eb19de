// Web gates on a saved web probe: fan-out per page, tags, worst page, journeys, skipped gates.
import { describe, expect, it } from 'vitest';
import type { WebPage, WebProbe } from './block.ts';
import type { GateDef } from '../../core/metric.ts';
import { compileGate } from '../../gates/gate-spec.ts';
import { judgeGate } from '../../gates/judge.ts';
import { expandWebGates } from './gate-expand.ts';
import { urlPatternMatches, webMetricLookup } from './metrics.ts';
import { WEB_CATALOG } from './catalog.ts';

const spread = (...values: number[]) => ({ median: values[0]!, min: Math.min(...values), max: Math.max(...values), values });
const page = (path: string, device: 'desktop' | 'mobile', js: number, lcp: number, extra: Partial<WebPage> = {}): WebPage => ({
  status: 'ok',
  url: `http://127.0.0.1:4000${path}`,
  device,
  runs: 2,
  medianRun: 0,
  metrics: { lcp: spread(lcp, lcp + 100), js_bytes: spread(js, js), requests: spread(3, 3), 'requests:script': spread(1, 1) },
  ...extra,
});
const probe: WebProbe = {
  status: 'ok',
  pages: [
    page('/', 'desktop', 0, 500),
    page('/', 'mobile', 0, 1500),
    page('/heavy.html', 'desktop', 330_000, 900),
    page('/heavy.html', 'mobile', 330_000, 2700),
  ],
  journeys: [
    {
      status: 'ok',
      name: 'checkout',
      file: 'x.journey.ts',
      url: 'http://127.0.0.1:4000/shop',
      runs: 3,
      metrics: { search: { ...spread(200, 250, 300), p95: 295 } },
    },
  ],
};
const gate = (def: GateDef) => compileGate('web', def, 'test', { web: WEB_CATALOG });

function judgeAll(defs: GateDef[], p: WebProbe = probe) {
  const { gates, skipped } = expandWebGates(defs.map(gate), p);
  return { results: gates.map((g) => judgeGate(g, { web: webMetricLookup(p) })), skipped: skipped.map((s) => s.id) };
}

describe('web gates', () => {
  it('fan out to every matching page and judge each on its own numbers', () => {
    const { results } = judgeAll([{ id: 'mobile-js', metric: 'js_kb{device:mobile}', expression: 'med<=100', level: 'fail' }]);
    expect(results.map((r) => [r.id, r.outcome, r.actual])).toEqual([
      ['mobile-js /', 'pass', 0],
      ['mobile-js /heavy.html', 'fail', 330_000 / 1024],
    ]);
    expect(results[1]!.at).toBe('mobile http://127.0.0.1:4000/heavy.html (330,000 bytes)');
  });

  it('without a device tag, cover both devices; max reads the spread', () => {
    const { results } = judgeAll([{ id: 'lcp', metric: 'lcp', expression: 'max<2700', level: 'warn' }]);
    expect(results.map((r) => [r.id, r.outcome])).toEqual([
      ['lcp desktop /', 'pass'],
      ['lcp mobile /', 'pass'],
      ['lcp desktop /heavy.html', 'pass'],
      ['lcp mobile /heavy.html', 'warn'],
    ]);
  });

  it('read a resource type the page never requested as 0, and need a type for resource_count', () => {
    const { results } = judgeAll([
      { id: 'img', metric: 'resource_count{type:image,url:/$}', expression: 'med<=0', level: 'fail' },
      { id: 'scripts', metric: 'resource_count{type:script,url:/heavy.html}', expression: 'med<=0', level: 'fail' },
      { id: 'untyped', metric: 'resource_count{url:/$,device:desktop}', expression: 'med<=0', level: 'fail' },
    ]);
    expect(results.map((r) => [r.id, r.outcome])).toEqual([
      ['img desktop /', 'pass'],
      ['img mobile /', 'pass'],
      ['scripts desktop /heavy.html', 'fail'],
      ['scripts mobile /heavy.html', 'fail'],
      ['untyped /', 'not-measured'],
    ]);
  });

  it('a gate that applies to nothing measured is not-measured, unless optional (then dropped); failed journeys are never skipped', () => {
    const onlyDesktop = { ...probe, pages: probe.pages!.filter((p) => p.device === 'desktop') };
    const { results, skipped } = judgeAll(
      [
        { id: 'mobile-lcp', metric: 'lcp{device:mobile}', expression: 'med<4000', level: 'fail', optional: true },
        { id: 'pay', metric: 'journey.time_to_payment', expression: 'p(95)<5000', level: 'fail', optional: true },
        { id: 'search', metric: 'journey.search', expression: 'p(95)<500', level: 'fail' },
        { id: 'mobile-js', metric: 'js_kb{device:mobile}', expression: 'med<100', level: 'fail' },
        { id: 'refund', metric: 'journey.refund', expression: 'p(95)<500', level: 'fail' },
      ],
      onlyDesktop,
    );
    expect(skipped).toEqual(['mobile-lcp', 'pay']);
    expect(results.map((r) => [r.id, r.outcome, r.actual])).toEqual([
      ['search', 'pass', 295],
      ['mobile-js', 'not-measured', null],
      ['refund', 'not-measured', null],
    ]);
    expect(results[1]!.message).toBe('no measured page matches js_kb{device:mobile}');
    const failedJourney = { ...probe, journeys: [{ ...probe.journeys![0]!, status: 'error' as const, message: 'login failed', metrics: {} }] };
    const r2 = judgeAll([{ id: 'search', metric: 'journey.search', expression: 'p(95)<500', level: 'fail' }], failedJourney).results;
    expect(r2.map((r) => [r.outcome, r.message])).toEqual([['not-measured', 'journey checkout: login failed']]);
  });

  it('a page that could not be measured is never a pass', () => {
    const broken = {
      ...probe,
      status: 'error' as const,
      pages: [page('/', 'desktop', 0, 0, { status: 'error', message: 'run 1/2: timeout', metrics: {}, runs: 0 })],
    };
    const { results } = judgeAll([{ id: 'lcp', metric: 'lcp', expression: 'med<2000', level: 'fail' }], broken);
    expect(results.map((r) => [r.outcome, r.message])).toEqual([['not-measured', 'desktop http://127.0.0.1:4000/: run 1/2: timeout']]);
  });

  it('refuse unknown metrics when the gate is loaded', () => {
    expect(() => gate({ metric: 'lcpp{device:mobile}', expression: 'med<1', level: 'fail' })).toThrow(/unknown web metric "lcpp\{device:mobile\}"/);
  });
});

describe('urlPatternMatches (budget.json path semantics)', () => {
  it.each([
    ['/', 'http://h/any/thing?x=1', true],
    ['/shop', 'http://h/shop/cart', true],
    ['/shop$', 'http://h/shop/cart', false],
    ['/*.html$', 'http://h/a/b.html', true],
    ['/*.html$', 'http://h/a/b.html?x', false],
    ['/heavy.html', 'http://h/heavyxhtml', false],
  ])('%s on %s → %s', (pattern, url, expected) => {
    expect(urlPatternMatches(pattern, url)).toBe(expected);
  });
});
