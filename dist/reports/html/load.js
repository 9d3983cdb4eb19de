import { int, percent, stepCells } from "../format.js";
import { chartDiv, esc, table } from "./section.js";
import { growthHtml } from "./growth.js";
import { uslThroughput } from "../../lib/usl.js";
const COLORS = { p50: '#0969da', p90: '#8250df', p95: '#bf8700', p99: '#cf222e', max: '#6e7781', err: '#fa4549', rps: '#1a7f37' };
function breakMarks(l) {
    const bp = l.breakingPoint;
    const data = [];
    if (bp.lastGood !== null)
        data.push({ xAxis: bp.lastGood, name: `last good ${bp.lastGood}`, lineStyle: { color: '#1a7f37' }, label: { formatter: `last good ${bp.lastGood}`, position: 'insideStartTop' } });
    if (bp.found && bp.firstBad !== null)
        data.push({ xAxis: bp.firstBad, name: `breaking point ${bp.firstBad}`, lineStyle: { color: '#cf222e', width: 2 }, label: { formatter: `breaks at ${bp.firstBad}` } });
    const area = bp.found && bp.lastGood !== null && bp.firstBad !== null
        ? { markArea: { silent: true, itemStyle: { color: 'rgba(207,34,46,0.08)' }, data: [[{ xAxis: bp.lastGood }, { xAxis: bp.firstBad }]] } }
        : {};
    return { markLine: { symbol: 'none', lineStyle: { type: 'dashed' }, data }, ...area };
}
export function loadCharts(l, prefix = 'load') {
    const steps = [...l.steps].sort((a, b) => a.level - b.level);
    const unit = l.mode === 'rate' ? 'requests/s offered' : 'concurrent connections';
    const x = { type: 'value', name: unit, nameLocation: 'middle', nameGap: 28, min: 0 };
    // A stat an ingested k6 summary lacked is a gap (null) in the chart, not a zero.
    const pts = (f) => steps.map((s) => [s.level, f(s) ?? null]);
    const marks = breakMarks(l);
    const line = (name, color, data, extra = {}) => ({ name, type: 'line', data, color, symbolSize: 6, ...extra });
    const charts = [
        {
            el: `${prefix}-latency`,
            option: {
                title: { text: 'Latency and errors against load', left: 'center', textStyle: { fontSize: 14 } },
                tooltip: { trigger: 'axis' },
                legend: { top: 24 },
                grid: { top: 64, left: 64, right: 64, bottom: 48 },
                xAxis: x,
                yAxis: [
                    { type: 'value', name: 'latency (ms)' },
                    { type: 'value', name: 'error rate (%)', min: 0, max: 100, splitLine: { show: false } },
                ],
                series: [
                    line('p50', COLORS.p50, pts((s) => s.latencyMs.p50), marks),
                    line('p90', COLORS.p90, pts((s) => s.latencyMs.p90)),
                    line('p95', COLORS.p95, pts((s) => s.latencyMs.p95)),
                    line('p99', COLORS.p99, pts((s) => s.latencyMs.p99)),
                    line('error rate %', COLORS.err, pts((s) => +(s.errorRate * 100).toFixed(3)), { yAxisIndex: 1, lineStyle: { type: 'dotted' } }),
                ],
            },
        },
        {
            el: `${prefix}-throughput`,
            option: {
                title: { text: 'Throughput against load', left: 'center', textStyle: { fontSize: 14 } },
                tooltip: { trigger: 'axis' },
                legend: { top: 24 },
                grid: { top: 64, left: 64, right: 32, bottom: 48 },
                xAxis: x,
                yAxis: { type: 'value', name: 'requests/s' },
                series: [
                    line('achieved req/s', COLORS.rps, pts((s) => s.rps), marks),
                    line('successful req/s', '#0969da', pts((s) => +(s.rps * (1 - s.errorRate)).toFixed(1))),
                    ...uslCurve(l, steps),
                ],
            },
        },
    ];
    if (steps.some((s) => s.resources)) {
        const r = (f) => steps.filter((s) => s.resources).map((s) => [s.level, f(s) ?? null]);
        const series = [
            line('machine CPU %', '#cf222e', r((s) => s.resources.machine.cpuPercent.mean), marks),
            line('generator CPU % of machine', '#6e7781', r((s) => s.resources.generator.cpuPercent.mean)),
            line('machine memory %', '#8250df', r((s) => s.resources.machine.memPercent.mean)),
        ];
        if (steps.some((s) => s.resources?.target)) {
            series.push(line('target CPU % of a core', '#bf8700', r((s) => s.resources.target?.cpuPercent.mean)));
            series.push(line('target RSS MB', '#0969da', r((s) => s.resources.target?.rssMB.mean), { yAxisIndex: 1 }));
            series.push(line('target open files', '#1a7f37', r((s) => s.resources.target?.fds.mean), { yAxisIndex: 1 }));
        }
        charts.push({
            el: `${prefix}-resources`,
            option: {
                title: { text: 'Resources against load', left: 'center', textStyle: { fontSize: 14 } },
                tooltip: { trigger: 'axis' },
                legend: { top: 24 },
                grid: { top: 72, left: 64, right: 64, bottom: 48 },
                xAxis: x,
                yAxis: [{ type: 'value', name: '%' }, { type: 'value', name: 'MB / count', splitLine: { show: false } }],
                series,
            },
        });
    }
    return charts;
}
function kneeTable(l) {
    const knee = l.steps.find((s) => s.level === l.breakingPoint.lastGood);
    const r = knee?.resources;
    if (!knee || !r)
        return '';
    const rows = [
        ['machine CPU', `${r.machine.cpuPercent.mean}% (max ${r.machine.cpuPercent.max}%) of ${r.machine.cores} cores`],
        ['generator share of CPU', `${r.generator.cpuPercent.mean}%`],
        ['machine memory', `${r.machine.memPercent.mean}% of ${int(r.machine.memTotalMB)} MB`],
        ['load average (1 min)', `${r.machine.load1.mean}`],
    ];
    if (r.target) {
        rows.push(['target CPU', `${r.target.cpuPercent.mean}% of a core (max ${r.target.cpuPercent.max}%)`]);
        rows.push(['target RSS', `${r.target.rssMB.mean} MB (max ${r.target.rssMB.max} MB)`]);
        rows.push(['target open files', `${r.target.fds.mean} (max ${r.target.fds.max})`]);
    }
    return `<h3>Resources at the knee (last good level, ${knee.level})</h3>${table(['resource', 'value'], rows.map(([a, b]) => [esc(a), esc(b)]))}`;
}
export function loadSection(l) {
    const bp = l.breakingPoint;
    const unit = l.mode === 'rate' ? 'req/s' : 'connections';
    const headline = bp.found
        ? `<p><b>Breaking point:</b> between ${bp.lastGood ?? '(no good level)'} and ${bp.firstBad} ${unit} — ${esc(bp.reason)}</p>`
        : `<p><b>No breaking point found:</b> ${esc(bp.reason)}</p>`;
    const status = l.status === 'error' ? `<p class="o-error">Could not measure: ${esc(l.message ?? '')}</p>` : '';
    const growth = growthHtml(l);
    const rampCharts = loadCharts(l);
    const charts = [...rampCharts, ...growth.charts];
    const rows = [...l.steps]
        .sort((a, b) => a.level - b.level)
        .map((s) => [
        ...stepCells(s, (p) => ` <span class="note">(${esc(p)})</span>`),
        (s.breaks ?? []).length ? `<span class="o-fail">${esc(s.breaks.join('; '))}</span>` : s.trusted === false ? `<span class="o-warn">${esc(s.untrustedReason ?? 'untrusted')}</span>` : '<span class="o-pass">ok</span>',
    ]);
    const html = status +
        headline +
        `<p class="note">Target ${esc(l.target)} · ${esc(l.mode)} model${l.expectLevel ? ` · gates judged at ${l.expectLevel} ${unit}` : ''}${l.criteria ? ` · breaks when error rate > ${percent(l.criteria.errorRate)} or p99 > ${l.criteria.p99Ms} ms` : ''}</p>` +
        rampCharts.map((c) => chartDiv(c.el)).join('') +
        table([unit, 'requests', 'req/s', 'p50', 'p95', 'p99', 'max', 'errors', 'by cause', 'step'], rows) +
        kneeTable(l) +
        uslHtml(l) +
        growth.html;
    return { id: 'load', title: `Load ramp${l.scenario ? `: ${l.scenario}` : ''}`, html, charts };
}
/** The fitted USL model as a smooth dashed line over the tested range. */
function uslCurve(l, steps) {
    const u = l.usl;
    if (!u || u.quality === 'insufficient' || u.sigma === null || u.kappa === null || u.lambda === null)
        return [];
    const max = Math.max(...steps.map((s) => s.level));
    const data = [];
    for (let i = 1; i <= 60; i++) {
        const n = (max * i) / 60;
        data.push([+n.toFixed(2), +uslThroughput(n, u.sigma, u.kappa, u.lambda).toFixed(1)]);
    }
    return [{ name: `USL fit (R² ${u.r2?.toFixed(2)}, ${u.quality})`, type: 'line', data, smooth: true, showSymbol: false, color: '#8c959f', lineStyle: { type: 'dashed' } }];
}
function uslHtml(l) {
    const u = l.usl;
    if (!u)
        return '';
    if (u.quality === 'insufficient')
        return `<h3>Scalability model (USL)</h3><p class="note">${esc(u.note)}</p>`;
    const peak = u.peakConcurrency === null ? 'no finite peak (κ≈0)' : `peak ${Math.round(u.peakThroughput ?? 0)} req/s at ${Math.round(u.peakConcurrency)} connections`;
    return `<h3>Scalability model (USL)</h3><p>σ (contention) ${u.sigma?.toPrecision(3)}, κ (coherency) ${u.kappa?.toPrecision(3)}, λ ${u.lambda?.toFixed(1)} req/s per connection, R² ${u.r2?.toFixed(3)}: ${esc(peak)}. <span class="${u.quality === 'poor' ? 'o-warn' : 'note'}">${esc(u.note)}</span></p>`;
}
