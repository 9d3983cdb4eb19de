// The soak's report: a verdict per trend, the totals, and the time series (latency, errors,
// each resource) with the fitted trend drawn over its series.
import type { Block, ChartBlock, Section, TableBlock } from '../../core/report-model.ts';
import { unitOf } from '../load/plan.ts';
import type { SoakProbe, Trend } from './block.ts';

const PALETTE = ['#0969da', '#1a7f37', '#8250df', '#bf8700', '#6e7781', '#116329'];

export function soakReport(b: SoakProbe): Section[] {
  const blocks: Block[] = [];
  if (b.status === 'error') blocks.push({ kind: 'note', text: `Could not measure: ${b.message ?? 'unknown error'}`, tone: 'bad', terminal: false });
  blocks.push({
    kind: 'note',
    text: `Target ${b.target} · ${b.mode} model · ${b.level} ${unitOf(b.mode)} held ${Math.round(b.durationS / 60)} min after a ${b.warmupS} s warm-up · a sample every ${b.sampleIntervalS} s`,
  });
  if (b.trusted === false) blocks.push({ kind: 'note', text: `Untrusted: ${b.untrustedReason}`, tone: 'warn', terminal: true });
  blocks.push(trendTable(b.trends));
  if (b.totals) {
    blocks.push({
      kind: 'facts',
      title: 'Whole soak',
      items: [
        { label: 'requests', value: b.totals.requests, unit: 'count' },
        { label: 'error rate', value: b.totals.errorRate, unit: 'ratio' },
        { label: 'p95', value: b.totals.latencyMs.p95 ?? null, unit: 'ms' },
        { label: 'p99', value: b.totals.latencyMs.p99 ?? null, unit: 'ms' },
        ...(b.generatorRssMB ? [{ label: 'shipgate RSS start → end (MB)', value: `${b.generatorRssMB.start} → ${b.generatorRssMB.end}` }] : []),
      ],
    });
  }
  if (b.samples.length) blocks.push(...charts(b));
  // shipgate's own RSS is shown for the record (a long soak must not grow it), not as the target's verdict.
  const targetTrends = Object.entries(b.trends).filter(([n]) => n !== 'shipgate RSS');
  const growing = targetTrends.filter(([, t]) => t.verdict === 'growing');
  const unsure = targetTrends.filter(([, t]) => t.verdict === 'insufficient');
  const headline = growing.length
    ? { text: `Growing: ${growing.map(([n, t]) => `${n} +${t.slopePerHour} ${t.unit}/h`).join(', ')}`, tone: 'bad' as const }
    : unsure.length
      ? { text: `Insufficient to tell: ${unsure.map(([n]) => n).join(', ')}`, tone: 'warn' as const }
      : { text: 'Flat: nothing trends up', tone: 'good' as const };
  return [{ id: 'soak', title: 'Soak', headline, blocks }];
}

function trendTable(trends: Record<string, Trend>): TableBlock {
  return {
    kind: 'table',
    title: 'Trends (lower envelope, Theil–Sen slope, Mann–Kendall test)',
    columns: [
      { label: 'series', unit: 'text' },
      { label: 'verdict', unit: 'text' },
      { label: 'slope / h', unit: 'text' },
      { label: '95% interval', unit: 'text' },
      { label: 'p', unit: 'text' },
      { label: 'start → end', unit: 'text' },
      { label: 'hours to limit', unit: 'text' },
      { label: 'why', unit: 'text', terminal: false },
    ],
    rows: Object.entries(trends).map(([name, t]) => [
      name,
      { text: t.verdict, tone: t.verdict === 'growing' ? 'bad' : t.verdict === 'insufficient' ? 'warn' : 'good' },
      t.slopePerHour === null ? '–' : `${num(t.slopePerHour)} ${t.unit}`,
      t.slopeLowPerHour === null ? '–' : `${num(t.slopeLowPerHour)} … ${num(t.slopeHighPerHour!)}`,
      t.p === null ? '–' : t.p < 0.001 ? '< 0.001' : t.p.toFixed(3),
      t.first === null ? '–' : `${num(t.first)} → ${num(t.last!)} ${t.unit}`,
      t.hoursToLimit == null ? (t.limit !== undefined ? `limit ${num(t.limit)} ${t.unit}` : '–') : `${num(t.hoursToLimit)} h (limit ${num(t.limit!)})`,
      t.why ?? '',
    ]),
  };
}

function charts(b: SoakProbe): ChartBlock[] {
  const x = { name: 'minutes', type: 'value' as const };
  const min = (t: number) => Math.round((t / 60) * 100) / 100;
  const line = (t: Trend | undefined, pts: number[]): [number, number | null][] =>
    t && t.slopePerHour !== null && t.first !== null && pts.length
      ? [
          [min(pts[0]!), t.first],
          [min(pts[pts.length - 1]!), t.last],
        ]
      : [];
  const ts = b.samples.map((s) => s.t);
  const p95 = b.trends['p95 latency'];
  const out: ChartBlock[] = [
    {
      kind: 'chart',
      id: 'soak-latency',
      title: 'Latency and errors over the soak',
      x,
      y: [{ name: 'latency (ms)' }, { name: 'error rate (%)', min: 0 }],
      series: [
        { name: 'p50', type: 'line', data: b.samples.map((s) => [min(s.t), s.latencyMs.p50 ?? null]), color: '#0969da', showSymbol: false },
        {
          name: 'p95',
          type: 'line',
          data: b.samples.map((s) => [min(s.t), s.untrusted ? null : (s.latencyMs.p95 ?? null)]),
          color: '#bf8700',
          showSymbol: false,
        },
        { name: `p95 trend (${p95?.verdict ?? '–'})`, type: 'line', data: line(p95, ts), color: '#cf222e', dashed: true, showSymbol: false },
        {
          name: 'error rate %',
          type: 'line',
          data: b.samples.map((s) => [min(s.t), +(s.errorRate * 100).toFixed(3)]),
          axis: 1,
          color: '#fa4549',
          dashed: true,
        },
      ],
    },
  ];
  const names = Object.keys(b.trends).filter((n) => n !== 'p95 latency');
  names.forEach((name, i) => {
    const t = b.trends[name]!;
    out.push({
      kind: 'chart',
      id: `soak-${name.replace(/\W+/g, '-')}`,
      title: `${name} (${t.verdict})`,
      x,
      y: [{ name: t.unit || name }],
      series: [
        { name, type: 'line', data: b.samples.map((s) => [min(s.t), s.resources[name] ?? null]), color: PALETTE[i % PALETTE.length]!, showSymbol: false },
        {
          name: `trend of the floor (${t.slopePerHour ?? '–'} ${t.unit}/h)`,
          type: 'line',
          data: line(t, ts),
          color: '#cf222e',
          dashed: true,
          showSymbol: false,
        },
      ],
    });
  });
  return out;
}

/** Three significant digits, whole numbers from 100 up. */
function num(n: number): string {
  return Math.abs(n) >= 100 ? String(Math.round(n)) : String(Number(n.toPrecision(3)));
}
