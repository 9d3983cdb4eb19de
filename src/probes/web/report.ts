// The web probe's report: every page on every device (Lighthouse's median run, and min and max
// over the runs where they differ), the judged web metrics as a share of their budgets, and
// the journeys' p50/p95 with the runs that failed.
import type { Block, Cell, ChartBlock, Column, Section, TableBlock } from '../../core/report-model.ts';
import type { GateResult } from '../../core/result.ts';
import { bytes, formatValue, ms, type Unit } from '../../lib/format.ts';
import { urlPath } from '../../lib/url-path.ts';
import type { WebJourney, WebPage, WebProbe } from './block.ts';

const PAGE_METRICS: { label: string; key: string; unit: Unit }[] = [
  { label: 'LCP', key: 'lcp', unit: 'ms' },
  { label: 'FCP', key: 'fcp', unit: 'ms' },
  { label: 'TBT', key: 'tbt', unit: 'ms' },
  { label: 'CLS', key: 'cls', unit: 'number' },
  { label: 'SI', key: 'speed_index', unit: 'ms' },
  { label: 'TTI', key: 'tti', unit: 'ms' },
  { label: 'JS gz', key: 'js_bytes', unit: 'bytes' },
  { label: 'total', key: 'total_bytes', unit: 'bytes' },
  { label: '3rd party', key: 'third_party_bytes', unit: 'bytes' },
  { label: 'requests', key: 'requests', unit: 'count' },
];

export function webReport(w: WebProbe, gates: GateResult[] = []): Section[] {
  const pages = w.pages ?? [];
  const blocks: Block[] = [];
  const chart = budgetChart(gates);
  if (chart) blocks.push(chart);
  if (w.browser) {
    blocks.push({ kind: 'note', text: `Chromium: ${w.browser.path} (${w.browser.source}${w.browser.version ? `, ${w.browser.version}` : ''})` });
  }
  if (pages.length) {
    blocks.push(pageTable(pages));
    blocks.push({ kind: 'note', text: "Cells: Lighthouse's median run; min and max over the runs where they differ. Sizes are transfer (gzipped) bytes." });
    const signedIn = pages.filter((p) => p.cookiesFrom);
    if (signedIn.length) {
      blocks.push({
        kind: 'note',
        text: `Measured signed in, with the login cookies of journey ${signedIn[0]!.cookiesFrom}: ${signedIn.map(where).join(', ')}`,
      });
    }
    for (const p of pages.filter((x) => x.status === 'error')) {
      blocks.push({ kind: 'note', text: `${p.device} ${p.url}: could not measure: ${p.message ?? 'failed'}`, tone: 'bad', terminal: true });
    }
    for (const p of pages)
      for (const warning of p.warnings ?? []) blocks.push({ kind: 'note', text: `${where(p)}: Lighthouse warning: ${warning}`, tone: 'warn' });
  }
  const sections: Section[] = [{ id: 'web', title: 'Web pages (Lighthouse)', headline: headline(w), blocks }];
  if (w.journeys?.length) sections.push(journeySection(w.journeys));
  return sections;
}

const where = (p: WebPage) => `${p.device} ${urlPath(p.url)}`;

function headline(w: WebProbe): Section['headline'] {
  if (w.status === 'error') return { text: `Could not measure: ${w.message ?? 'unknown error'}`, tone: 'bad' };
  const pages = (w.pages ?? []).filter((p) => p.status !== 'error');
  if (!pages.length) return { text: `${w.journeys?.length ?? 0} journey(s) measured, no page` };
  const worst = (key: string) => pages.filter((p) => p.metrics[key]).sort((a, b) => b.metrics[key]!.median - a.metrics[key]!.median)[0];
  const lcp = worst('lcp');
  const js = worst('js_bytes');
  const parts = [`${pages.length} page×device measured`];
  if (lcp) parts.push(`slowest LCP ${ms(lcp.metrics.lcp!.median)} (${where(lcp)})`);
  if (js) parts.push(`most JS ${bytes(js.metrics.js_bytes!.median)} (${where(js)})`);
  return { text: parts.join('; ') };
}

function pageTable(pages: WebPage[]): TableBlock {
  // A metric gets min and max columns when some page's runs differ in it (timings do, sizes rarely).
  const spread = (key: string, unit: Unit) =>
    pages.some((p) => p.metrics[key] && formatValue(p.metrics[key].min, unit) !== formatValue(p.metrics[key].max, unit));
  const columns: Column[] = [
    { label: 'page', unit: 'text' },
    { label: 'device', unit: 'text' },
    { label: 'runs', unit: 'count' },
  ];
  const cells: ((p: WebPage) => Cell)[] = [(p) => urlPath(p.url), (p) => p.device, (p) => p.runs];
  for (const m of PAGE_METRICS) {
    columns.push({ label: m.label, unit: m.unit });
    cells.push((p) => p.metrics[m.key]?.median ?? null);
    if (spread(m.key, m.unit)) {
      columns.push({ label: `${m.label} min`, unit: m.unit, terminal: false }, { label: `${m.label} max`, unit: m.unit, terminal: false });
      cells.push(
        (p) => p.metrics[m.key]?.min ?? null,
        (p) => p.metrics[m.key]?.max ?? null,
      );
    }
  }
  return { kind: 'table', columns, rows: pages.map((p) => cells.map((c) => c(p))) };
}

function journeySection(journeys: WebJourney[]): Section {
  const failed = journeys.filter((j) => j.status === 'error');
  const blocks: Block[] = [
    {
      kind: 'table',
      columns: [
        { label: 'journey', unit: 'text' },
        { label: 'metric', unit: 'text' },
        { label: 'runs', unit: 'count' },
        { label: 'p50', unit: 'ms' },
        { label: 'p95', unit: 'ms' },
        { label: 'min', unit: 'ms' },
        { label: 'max', unit: 'ms' },
      ],
      rows: journeys.flatMap((j) => Object.entries(j.metrics).map(([name, s]): Cell[] => [j.name, name, j.runs, s.median, s.p95 ?? null, s.min, s.max])),
      empty: 'No journey metric was measured.',
    },
    ...failed.map((j): Block => ({ kind: 'note', text: `journey ${j.name}: ${j.message ?? 'failed'}`, tone: 'bad', terminal: true })),
  ];
  const runErrors = journeys.flatMap((j) => (j.runErrors ?? []).map((e): Cell[] => [j.name, e]));
  if (runErrors.length) {
    blocks.push({
      kind: 'table',
      title: 'Failed runs',
      columns: [
        { label: 'journey', unit: 'text' },
        { label: 'error', unit: 'text' },
      ],
      rows: runErrors,
    });
  }
  return {
    id: 'web-journeys',
    title: 'Journeys (Playwright)',
    headline: failed.length
      ? { text: `${failed.length} of ${journeys.length} journey(s) failed`, tone: 'bad' }
      : { text: `${journeys.length} journey(s), ${journeys.reduce((n, j) => n + j.runs, 0)} runs` },
    blocks,
  };
}

// Only an upper bound ("at most") reads as a share of a budget: `med<=200`, `p(95)<5000`.
const UPPER_BOUND = /^\s*(?:[a-z]+|p\(\s*\d+(?:\.\d+)?\s*\))\s*(<=|<)\s*(\d+(?:\.\d+)?)\s*$/;

/** Every judged web gate with an upper bound, as a bar at "% of budget" (read from the gates, not the pages). */
export function budgetChart(gates: GateResult[]): ChartBlock | undefined {
  const bars = gates.flatMap((g) => {
    const m = UPPER_BOUND.exec(g.expression);
    const budget = m ? Number(m[2]) : 0;
    if (g.actual === null || budget <= 0 || !(g.outcome === 'pass' || g.outcome === 'warn' || g.outcome === 'fail')) return [];
    return [{ id: g.id, pct: +((g.actual / budget) * 100).toFixed(1) }];
  });
  if (!bars.length) return undefined;
  return {
    kind: 'chart',
    id: 'web-budgets',
    title: 'Web metrics as % of their budgets (median run)',
    horizontal: true,
    height: Math.max(200, 80 + 22 * bars.length),
    x: { name: 'gate', type: 'category', categories: bars.map((b) => b.id) },
    y: [{ name: '% of budget', min: 0 }],
    marks: [{ x: 100, label: 'budget', tone: 'bad' }],
    series: [{ name: '% of budget', type: 'bar', data: bars.map((b) => [b.id, b.pct]), color: '#0969da' }],
  };
}
