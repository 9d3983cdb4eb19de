// The load probe's report: the breaking point, latency and errors against load with the knee
// marked, throughput with the USL curve, resources per step and at the knee, the growth
// projection, and where an ingested run's numbers came from (k6).
import type { Block, ChartBlock, ChartMark, Section, TableBlock } from '../../core/report-model.ts';
import { uslThroughput } from '../../lib/usl.ts';
import { int, percent } from '../../lib/format.ts';
import type { K6Source, LoadProbe, LoadStep } from './block.ts';

import { unitOf as modeUnit } from './plan.ts';

const unitOf = (l: LoadProbe) => modeUnit(l.mode);
const LEVEL_AXIS = { concurrency: 'concurrent connections', rate: 'requests/s offered', users: 'virtual users', arrivals: 'new users/s' } as const;
const LEVEL_COLUMN = { concurrency: 'conns', rate: 'req/s offered', users: 'users', arrivals: 'users/s' } as const;

export function loadReport(l: LoadProbe): Section[] {
  const steps = [...l.steps].sort((a, b) => a.level - b.level);
  const bp = l.breakingPoint;
  const unit = unitOf(l);
  const blocks: Block[] = [];
  if (l.status === 'error') blocks.push({ kind: 'note', text: `Could not measure: ${l.message ?? 'unknown error'}`, tone: 'bad', terminal: false });
  blocks.push({
    kind: 'note',
    text: `Target ${l.target} · ${l.mode} model${l.expectLevel ? ` · gates judged at ${l.expectLevel} ${unit}` : ''}${l.criteria ? ` · breaks when error rate > ${percent(l.criteria.errorRate)} or p99 > ${l.criteria.p99Ms} ms` : ''}`,
  });
  if (steps.length) blocks.push(...charts(l, steps), stepTable(l, steps), ...flowBlocks(l, steps));
  blocks.push(...knee(l), ...usl(l));
  const sections: Section[] = [
    {
      id: 'load',
      title: `Load ramp${l.scenario ? `: ${l.scenario}` : ''}`,
      headline: bp.found
        ? { text: `Breaking point: last good ${bp.lastGood ?? '–'} ${unit}, first bad ${bp.firstBad} ${unit} (${bp.reason})`, tone: 'bad' }
        : { text: `No breaking point: ${bp.reason}` },
      blocks,
    },
  ];
  const growth = growthSection(l);
  if (growth) sections.push(growth);
  if (l.k6) sections.push(k6Section(l.k6));
  return sections;
}

function breakMarks(l: LoadProbe): ChartMark[] {
  const bp = l.breakingPoint;
  const marks: ChartMark[] = [];
  if (bp.lastGood !== null) marks.push({ x: bp.lastGood, label: `last good ${bp.lastGood}`, tone: 'good' });
  if (bp.found && bp.firstBad !== null) marks.push({ x: bp.firstBad, label: `breaks at ${bp.firstBad}`, tone: 'bad' });
  if (bp.found && bp.lastGood !== null && bp.firstBad !== null) marks.push({ x: bp.lastGood, x2: bp.firstBad, label: 'knee', tone: 'bad' });
  return marks;
}

function charts(l: LoadProbe, steps: LoadStep[]): ChartBlock[] {
  const x = { name: LEVEL_AXIS[l.mode], type: 'value' as const };
  // A stat an ingested k6 summary lacked is a gap (null), not a zero.
  const pts = (f: (s: LoadStep) => number | undefined, of = steps): [number, number | null][] => of.map((s) => [s.level, f(s) ?? null]);
  const marks = breakMarks(l);
  const out: ChartBlock[] = [
    {
      kind: 'chart',
      id: 'load-latency',
      title: 'Latency and errors against load',
      x,
      y: [{ name: 'latency (ms)' }, { name: 'error rate (%)', min: 0, max: 100 }],
      marks,
      series: [
        { name: 'p50', type: 'line', data: pts((s) => s.latencyMs.p50), color: '#0969da' },
        { name: 'p90', type: 'line', data: pts((s) => s.latencyMs.p90), color: '#8250df' },
        { name: 'p95', type: 'line', data: pts((s) => s.latencyMs.p95), color: '#bf8700' },
        { name: 'p99', type: 'line', data: pts((s) => s.latencyMs.p99), color: '#cf222e' },
        { name: 'error rate %', type: 'line', data: pts((s) => +(s.errorRate * 100).toFixed(3)), axis: 1, color: '#fa4549', dashed: true },
      ],
    },
    {
      kind: 'chart',
      id: 'load-throughput',
      title: 'Throughput against load',
      x,
      y: [{ name: 'requests/s' }],
      marks,
      series: [
        { name: 'achieved req/s', type: 'line', data: pts((s) => s.rps), color: '#1a7f37' },
        { name: 'successful req/s', type: 'line', data: pts((s) => +(s.rps * (1 - s.errorRate)).toFixed(1)), color: '#0969da' },
        ...uslCurve(l, steps),
      ],
    },
  ];
  const sampled = steps.filter((s) => s.resources);
  if (sampled.length) {
    const r = (f: (s: LoadStep) => number | undefined) => pts(f, sampled);
    const target = sampled.some((s) => s.resources?.target);
    out.push({
      kind: 'chart',
      id: 'load-resources',
      title: 'Resources against load',
      x,
      y: [{ name: '%' }, { name: 'MB / count' }],
      marks,
      series: [
        { name: 'machine CPU %', type: 'line', data: r((s) => s.resources!.machine.cpuPercent.mean), color: '#cf222e' },
        { name: 'generator CPU % of machine', type: 'line', data: r((s) => s.resources!.generator.cpuPercent.mean), color: '#6e7781' },
        { name: 'machine memory %', type: 'line', data: r((s) => s.resources!.machine.memPercent.mean), color: '#8250df' },
        ...(target
          ? [
              { name: 'target CPU % of a core', type: 'line' as const, data: r((s) => s.resources!.target?.cpuPercent.mean), color: '#bf8700' },
              { name: 'target RSS MB', type: 'line' as const, data: r((s) => s.resources!.target?.rssMB.mean), axis: 1 as const, color: '#0969da' },
              { name: 'target open files', type: 'line' as const, data: r((s) => s.resources!.target?.fds.mean), axis: 1 as const, color: '#1a7f37' },
            ]
          : []),
      ],
    });
  }
  return out;
}

/** The fitted USL model as a smooth dashed line over the tested range. */
function uslCurve(l: LoadProbe, steps: LoadStep[]): ChartBlock['series'] {
  const u = l.usl;
  if (!u || u.quality === 'insufficient' || u.sigma === null || u.kappa === null || u.lambda === null) return [];
  const max = Math.max(...steps.map((s) => s.level));
  const data: [number, number][] = [];
  for (let i = 1; i <= 60; i++) {
    const n = (max * i) / 60;
    data.push([+n.toFixed(2), +uslThroughput(n, u.sigma, u.kappa, u.lambda).toFixed(1)]);
  }
  return [{ name: `USL fit (R² ${u.r2?.toFixed(2)}, ${u.quality})`, type: 'line', data, smooth: true, showSymbol: false, color: '#8c959f', dashed: true }];
}

function stepTable(l: LoadProbe, steps: LoadStep[]): TableBlock {
  return {
    kind: 'table',
    columns: [
      { label: LEVEL_COLUMN[l.mode], unit: 'text' },
      { label: 'phase', unit: 'text', terminal: false },
      { label: 'requests', unit: 'count' },
      { label: 'req/s', unit: 'count' },
      { label: 'p50', unit: 'ms' },
      { label: 'p90', unit: 'ms', terminal: false },
      { label: 'p95', unit: 'ms' },
      { label: 'p99', unit: 'ms' },
      { label: 'max', unit: 'ms' },
      { label: 'errors', unit: 'ratio' },
      { label: 'by cause', unit: 'text' },
      { label: 'step', unit: 'text' },
    ],
    rows: steps.map((s) => [
      String(s.level),
      s.phase ?? '',
      s.requests,
      s.rps,
      s.latencyMs.p50 ?? null,
      s.latencyMs.p90 ?? null,
      s.latencyMs.p95 ?? null,
      s.latencyMs.p99 ?? null,
      s.latencyMs.max ?? null,
      s.errorRate,
      errorBreakdown(s.errors),
      (s.breaks ?? []).length
        ? { text: `BREAKS: ${s.breaks!.join('; ')}`, tone: 'bad' }
        : s.trusted === false
          ? { text: `untrusted: ${s.untrustedReason ?? ''}`, tone: 'warn' }
          : { text: 'ok', tone: 'good' },
    ]),
  };
}

export function errorBreakdown(errors: Record<string, number>): string {
  const parts = Object.entries(errors)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k}×${int(v)}`);
  return parts.length ? parts.join(', ') : '–';
}

function knee(l: LoadProbe): Block[] {
  const k = l.steps.find((s) => s.level === l.breakingPoint.lastGood);
  const r = k?.resources;
  if (!k || !r) return [];
  const items: { label: string; value: string }[] = [
    { label: 'machine CPU', value: `${r.machine.cpuPercent.mean}% (max ${r.machine.cpuPercent.max}%) of ${r.machine.cores} cores` },
    { label: 'generator share of CPU', value: `${r.generator.cpuPercent.mean}%` },
    { label: 'machine memory', value: `${r.machine.memPercent.mean}% of ${int(r.machine.memTotalMB)} MB` },
    { label: 'load average (1 min)', value: `${r.machine.load1.mean}` },
  ];
  if (r.target) {
    items.push({ label: 'target CPU', value: `${r.target.cpuPercent.mean}% of a core (max ${r.target.cpuPercent.max}%)` });
    items.push({ label: 'target RSS', value: `${r.target.rssMB.mean} MB (max ${r.target.rssMB.max} MB)` });
    items.push({ label: 'target open files', value: `${r.target.fds.mean} (max ${r.target.fds.max})` });
  }
  if (r.db) items.push({ label: 'database connections', value: `${r.db.connections.mean} (max ${r.db.connections.max}) of ${r.db.maxConnections}` });
  return [{ kind: 'facts', title: `Resources at the knee (last good level, ${k.level})`, items }];
}

function usl(l: LoadProbe): Block[] {
  const u = l.usl;
  if (!u) return [];
  if (u.quality === 'insufficient') return [{ kind: 'note', text: `Scalability model (USL): ${u.note}` }];
  const peak =
    u.peakConcurrency === null ? 'no finite peak (κ≈0)' : `peak ${Math.round(u.peakThroughput ?? 0)} req/s at ${Math.round(u.peakConcurrency)} connections`;
  return [
    {
      kind: 'note',
      text: `Scalability model (USL, ${u.quality}): σ (contention) ${u.sigma?.toPrecision(3)}, κ (coherency) ${u.kappa?.toPrecision(3)}, λ ${u.lambda?.toFixed(1)} req/s per connection, R² ${u.r2?.toFixed(3)}: ${peak}. ${u.note}`,
      ...(u.quality === 'poor' ? { tone: 'warn' as const } : {}),
    },
  ];
}

function growthSection(l: LoadProbe): Section | undefined {
  const p = l.projection;
  if (!p) return undefined;
  const unit = unitOf(l);
  return {
    id: 'growth',
    title: `Growth: when ${p.factor}× more load arrives`,
    headline: p.firstToBreak
      ? {
          text: `First to break: ${p.firstToBreak.name} at ${p.firstToBreak.multiple}× today's peak (${p.current} ${unit})${p.firstToBreak.multiple < p.factor ? `, before ${p.factor}×` : ''}`,
          ...(p.firstToBreak.multiple < p.factor ? { tone: 'bad' as const } : {}),
        }
      : { text: `No sampled resource rises with load${p.note ? ` (${p.note})` : ''}` },
    blocks: [
      {
        kind: 'chart',
        id: 'load-growth',
        title: `Utilisation today and at ${p.factor}× (limit = 100%)`,
        horizontal: true,
        height: Math.max(200, 80 + 40 * p.resources.length),
        x: { name: 'resource', type: 'category', categories: p.resources.map((r) => r.name) },
        y: [{ name: '% of limit' }],
        marks: [{ x: 100, label: 'limit', tone: 'bad' }],
        series: [
          {
            name: `at ${p.current} ${unit}`,
            type: 'bar',
            data: p.resources.map((r) => [r.name, +(r.utilizationAtCurrent * 100).toFixed(2)]),
            color: '#0969da',
          },
          {
            name: `at ${p.factor}× (${p.current * p.factor} ${unit})`,
            type: 'bar',
            data: p.resources.map((r) => [r.name, +(r.utilizationProjected * 100).toFixed(2)]),
            color: '#cf222e',
          },
        ],
      },
      {
        kind: 'table',
        columns: [
          { label: 'resource', unit: 'text' },
          { label: `at ${p.current}`, unit: 'text' },
          { label: `at ${p.factor}×`, unit: 'text' },
          { label: 'limit', unit: 'text' },
          { label: 'breaks at', unit: 'text' },
          { label: 'fit R²', unit: 'text', terminal: false },
        ],
        rows: p.resources.map((r) => [
          r.name,
          `${r.atCurrent} ${r.unit}`,
          `${r.projected} ${r.unit}`,
          `${r.limit} ${r.unit}`,
          r.breaksAtMultiple === null ? 'never (flat)' : `${r.breaksAtMultiple}×`,
          `${r.fit.r2} (${r.fit.points} steps)`,
        ]),
      },
    ],
  };
}

function k6Section(k: K6Source): Section {
  const failed = k.thresholds.filter((t) => !t.ok).length;
  const runners = k.runners > 1 ? `${k.runners} runner summaries merged` : 'one summary';
  return {
    id: 'k6',
    title: 'k6 summary',
    headline: {
      text: `k6 ${k.format} (${runners}; ${k.files.join(', ')}): ${k.thresholds.length - failed}/${k.thresholds.length} k6 thresholds ok`,
      ...(failed ? { tone: 'bad' as const } : {}),
    },
    blocks: [
      {
        kind: 'table',
        columns: [
          { label: 'k6', unit: 'text' },
          { label: 'metric', unit: 'text' },
          { label: 'threshold', unit: 'text' },
        ],
        rows: [...k.thresholds]
          .sort((a, b) => Number(a.ok) - Number(b.ok))
          .map((t) => [
            t.ok ? { text: 'ok', tone: 'good' } : { text: 'FAILED', tone: 'bad' },
            { text: `${t.metric}${t.runner ? ` (runner ${t.runner})` : ''}`, code: true },
            { text: t.expression, code: true },
          ]),
      },
      ...(k.notes ?? []).map((n): Block => ({ kind: 'note', text: `note: ${n}`, tone: 'warn', terminal: true })),
    ],
  };
}

/** Virtual users: each request name per step, the iterations, and p95 by name against load. */
function flowBlocks(l: LoadProbe, steps: LoadStep[]): Block[] {
  const flowSteps = steps.filter((s) => s.byName);
  if (!flowSteps.length) return [];
  const names = [...new Set(flowSteps.flatMap((s) => Object.keys(s.byName!)))];
  const palette = ['#0969da', '#cf222e', '#1a7f37', '#8250df', '#bf8700', '#6e7781', '#fa4549', '#116329'];
  const table: TableBlock = {
    kind: 'table',
    title: 'By request name',
    terminalRows: 12,
    columns: [
      { label: LEVEL_COLUMN[l.mode], unit: 'text' },
      { label: 'name', unit: 'text' },
      { label: 'requests', unit: 'count' },
      { label: 'req/s', unit: 'count' },
      { label: 'p50', unit: 'ms' },
      { label: 'p95', unit: 'ms' },
      { label: 'p99', unit: 'ms' },
      { label: 'errors', unit: 'ratio' },
      { label: 'by cause', unit: 'text' },
    ],
    rows: flowSteps.flatMap((s) =>
      Object.entries(s.byName!).map(([name, n]) => [
        String(s.level),
        n.includesWarmup ? `${name} (once, warm-up included)` : name,
        n.requests,
        n.rps,
        n.latencyMs.p50 ?? null,
        n.latencyMs.p95 ?? null,
        n.latencyMs.p99 ?? null,
        n.errorRate,
        errorBreakdown(n.errors),
      ]),
    ),
  };
  const iter = flowSteps.filter((s) => s.iterations);
  const iterations: TableBlock = {
    kind: 'table',
    title: 'Iterations (one pass through the flow; think time excluded from the duration)',
    columns: [
      { label: LEVEL_COLUMN[l.mode], unit: 'text' },
      { label: 'users (mean)', unit: 'count' },
      { label: 'completed', unit: 'count' },
      { label: 'failed', unit: 'count' },
      { label: 'p50', unit: 'ms' },
      { label: 'p95', unit: 'ms' },
      { label: 'why they failed', unit: 'text' },
    ],
    rows: iter.map((s) => [
      String(s.level),
      s.users ?? null,
      s.iterations!.completed,
      s.iterations!.failed,
      s.iterations!.durationMs.p50 ?? null,
      s.iterations!.durationMs.p95 ?? null,
      errorBreakdown(s.iterations!.failures),
    ]),
  };
  const chart: ChartBlock = {
    kind: 'chart',
    id: 'load-by-name',
    title: 'p95 latency by request name, and of the whole iteration (think time excluded)',
    x: { name: LEVEL_AXIS[l.mode], type: 'value' },
    y: [{ name: 'p95 (ms)' }],
    marks: breakMarks(l),
    series: [
      ...names.map((name, i) => ({
        name,
        type: 'line' as const,
        data: flowSteps.map((s): [number, number | null] => [s.level, s.byName![name]?.latencyMs.p95 ?? null]),
        color: palette[i % palette.length]!,
      })),
      {
        name: 'whole iteration',
        type: 'line' as const,
        data: flowSteps.map((s): [number, number | null] => [s.level, s.iterations?.durationMs.p95 ?? null]),
        color: '#24292f',
        dashed: true,
      },
    ],
  };
  return [table, iterations, chart];
}
