// The web probe's report sections as each renderer draws them: the page table with medians
// (and min/max where runs differ, not on a terminal), the journeys' p50/p95, what failed, and
// the judged gates as a share of their budgets.
import { describe, expect, it } from 'vitest';
import type { ChartBlock, Section } from '../../core/report-model.ts';
import type { GateResult } from '../../core/result.ts';
import { echartsOption, htmlSection, markdownSection, terminalSection } from '../../reports/blocks.ts';
import type { MetricSpread, WebPage, WebProbe } from './block.ts';
import { webReport } from './report.ts';

const spread = (...values: number[]): MetricSpread => ({ median: values[0]!, min: Math.min(...values), max: Math.max(...values), values });
const page = (path: string, device: 'desktop' | 'mobile', lcp: number[], js: number, extra: Partial<WebPage> = {}): WebPage => ({
  status: 'ok',
  url: `http://127.0.0.1:4173${path}`,
  device,
  runs: lcp.length,
  medianRun: 0,
  metrics: {
    lcp: spread(...lcp),
    fcp: spread(...lcp.map((v) => v * 0.6)),
    tbt: spread(...lcp.map(() => 40)),
    cls: spread(...lcp.map(() => 0.02)),
    speed_index: spread(...lcp.map((v) => v * 0.8)),
    tti: spread(...lcp.map((v) => v + 300)),
    js_bytes: spread(...lcp.map(() => js)),
    total_bytes: spread(...lcp.map(() => js + 20_000)),
    third_party_bytes: spread(...lcp.map(() => 0)),
    requests: spread(...lcp.map(() => 4)),
  },
  ...extra,
});

const block: WebProbe = {
  status: 'ok',
  browser: { path: '/usr/bin/chromium', source: 'CHROME_PATH', version: '131.0.6778.85' },
  pages: [
    page('/', 'desktop', [480, 520], 0, { cookiesFrom: 'search-checkout' }),
    page('/', 'mobile', [1500, 1400], 0, { cookiesFrom: 'search-checkout' }),
    page('/heavy.html', 'desktop', [900, 950], 330_000, { warnings: ['The page loaded too slowly'] }),
    page('/heavy.html', 'mobile', [2700, 2650], 330_000),
  ],
  journeys: [
    {
      status: 'ok',
      name: 'search-checkout',
      file: 'scenarios/demo.journey.ts',
      url: 'http://127.0.0.1:4173/shop.html',
      runs: 3,
      metrics: { search: { ...spread(210, 190, 300), p95: 291 }, time_to_payment: { ...spread(1800, 1700, 2100), p95: 2070 } },
    },
  ],
};

const gate = (id: string, expression: string, actual: number | null, outcome: GateResult['outcome']): GateResult => ({
  id,
  probe: 'web',
  metric: 'js_kb{device:desktop}',
  expression,
  actual,
  level: 'fail',
  outcome,
  message: '',
});
const gates = [
  gate('desktop-js /heavy.html', 'med<=200', 330_000 / 1024, 'fail'),
  gate('desktop-js /', 'med<=200', 0, 'pass'),
  gate('search-latency', 'p(95)<500', 291, 'pass'),
  gate('runs', 'count>=3', 5, 'pass'),
  gate('mobile-lcp /', 'med<=4000', null, 'not-measured'),
];

const byId = (sections: Section[], id: string) => sections.find((s) => s.id === id)!;
const md = (sections: Section[]) => sections.flatMap((s) => markdownSection(s)).join('\n');
const term = (sections: Section[]) => sections.flatMap((s) => terminalSection(s)).join('\n');

describe('webReport', () => {
  const sections = webReport(block, gates);

  it('shows every page on every device with its median run, and the spread in the written reports', () => {
    const text = md(sections);
    expect(text).toContain('## Web pages (Lighthouse)');
    // page, device, runs, LCP (median run), LCP min, LCP max, FCP ...
    expect(text).toMatch(/\| \/heavy\.html \| mobile \| 2 \| 2\.70 s \| 2\.65 s \| 2\.70 s \|/);
    // JS of the heavy page: transfer bytes, formatted by the column's unit.
    expect(text).toMatch(/\| \/heavy\.html \| desktop \|.*\| 322\.3 KB \|/);
    // Sizes do not vary between runs: no min/max columns for them.
    expect(text).not.toContain('JS gz min');
    expect(text).toContain('Chromium: /usr/bin/chromium (CHROME_PATH, 131.0.6778.85)');
    expect(text).toContain('login cookies of journey search-checkout: desktop /, mobile /');
    expect(text).toContain('desktop /heavy.html: Lighthouse warning: The page loaded too slowly');
    expect(byId(sections, 'web').headline!.text).toBe(
      '4 page×device measured; slowest LCP 2.70 s (mobile /heavy.html); most JS 322.3 KB (desktop /heavy.html)',
    );
  });

  it('shows medians without the spread on a terminal', () => {
    const text = term(sections);
    expect(text).toContain('LCP');
    expect(text).toContain('2.70 s');
    expect(text).toContain('322.3 KB');
    expect(text).not.toContain('LCP min');
    expect(text).not.toContain('Chromium:');
  });

  it('shows journeys with p50 and p95', () => {
    const text = md(sections);
    expect(text).toContain('## Journeys (Playwright)');
    expect(text).toContain('| search-checkout | search | 3 | 210 ms | 291 ms | 190 ms | 300 ms |');
    expect(text).toContain('| search-checkout | time_to_payment | 3 | 1.80 s | 2.07 s | 1.70 s | 2.10 s |');
    expect(term(sections)).toContain('291 ms');
  });

  it('draws the judged upper bounds as a share of their budgets', () => {
    const chart = byId(sections, 'web').blocks.find((b): b is ChartBlock => b.kind === 'chart')!;
    expect(chart.id).toBe('web-budgets');
    // count>=3 is not a budget; a gate without a number has no bar.
    expect(chart.series[0]!.data).toEqual([
      ['desktop-js /heavy.html', 161.1],
      ['desktop-js /', 0],
      ['search-latency', 58.2],
    ]);
    expect(chart.height).toBe(200);
    const option = echartsOption(chart) as { series: { data: unknown[] }[] };
    expect(option.series[0]!.data).toEqual([161.1, 0, 58.2]);
    const html = htmlSection(byId(sections, 'web'));
    expect(html).toContain('id="web-budgets"');
    expect(html).toContain('<td>/heavy.html</td><td>mobile</td>');
    expect(md(sections)).not.toContain('web-budgets');
  });

  it('has no budget chart without judged web gates', () => {
    expect(
      webReport(block, [])
        .flatMap((s) => s.blocks)
        .some((b) => b.kind === 'chart'),
    ).toBe(false);
  });

  it('says what could not be measured: the probe, a page, a journey and its failed runs', () => {
    const failed: WebProbe = {
      status: 'error',
      message: '2 could not be measured; mobile http://127.0.0.1:4173/down: no answer within 2000 ms',
      pages: [
        page('/', 'desktop', [480], 0),
        { status: 'error', message: 'no answer within 2000 ms', url: 'http://127.0.0.1:4173/down', device: 'mobile', runs: 0, metrics: {} },
      ],
      journeys: [
        {
          status: 'error',
          message: '1 of 2 runs failed; run 2: waiting for #never-there',
          name: 'broken',
          file: 'broken.journey.ts',
          url: 'http://127.0.0.1:4173/',
          runs: 1,
          metrics: { time_to_done: { ...spread(120), p95: 120 } },
          runErrors: ['run 2: waiting for #never-there'],
        },
      ],
    };
    const s = webReport(failed, []);
    const web = byId(s, 'web');
    expect(web.headline).toEqual({ text: `Could not measure: ${failed.message}`, tone: 'bad' });
    const text = md(s);
    expect(text).toMatch(/\| \/down \| mobile \| 0 \| – \|/);
    expect(text).toContain('> ❌ mobile http://127.0.0.1:4173/down: could not measure: no answer within 2000 ms');
    expect(text).toContain('> ❌ journey broken: 1 of 2 runs failed; run 2: waiting for #never-there');
    expect(text).toContain('| broken | run 2: waiting for #never-there |');
    expect(byId(s, 'web-journeys').headline).toEqual({ text: '1 of 1 journey(s) failed', tone: 'bad' });
    const t = term(s);
    expect(t).toContain('mobile http://127.0.0.1:4173/down: could not measure');
    expect(t).toContain('Could not measure: 2 could not be measured');
  });

  it('says so when the probe measured nothing at all', () => {
    const s = webReport({ status: 'error', message: 'no Chromium found' }, []);
    expect(s.map((x) => x.id)).toEqual(['web']);
    expect(md(s)).toContain('**Could not measure: no Chromium found**');
  });
});
