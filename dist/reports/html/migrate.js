import { datasetLine, firstLine, projectionLine, statementRows } from "../migrate-summary.js";
import { ms } from "../format.js";
import { chartDiv, esc, table } from "./section.js";
import { migrateTimeline } from "./migrate-timeline.js";
export function migrateHtmlSection(p) {
    const parts = [`<p>${esc(datasetLine(p))}</p>`];
    if (p.status === 'error')
        parts.push(`<p class="tampered">Could not measure: ${esc(p.message ?? 'unknown error')}</p>`);
    const projected = Boolean(p.projection);
    const rows = statementRows(p).map((r) => [
        `${r.status === 'ok' ? '' : `<span class="o-fail">${esc(r.status)}</span> `}${esc(r.file)}`,
        r.index || '',
        `<code>${esc(r.sql)}</code>`,
        esc(r.duration),
        esc(r.lock),
        esc(r.rewrote),
        ...(projected ? [esc(r.projected)] : []),
    ]);
    if (rows.length)
        parts.push(table(['migration', '#', 'statement', 'time', 'strongest lock (held)', 'rewrote', ...(projected ? ['projected'] : [])], rows));
    const traffic = (p.migrations ?? []).filter((m) => m.traffic);
    if (traffic.length) {
        parts.push('<h3>Traffic during the migrations</h3>');
        parts.push(table(['migration', 'queries', 'errors', 'p50', 'p95', 'p99', 'max', 'longest lock wait'], traffic.map((m) => [esc(m.file), m.traffic.queries, m.traffic.errors, ms(m.traffic.latencyMs.p50), ms(m.traffic.latencyMs.p95), ms(m.traffic.latencyMs.p99), ms(m.traffic.latencyMs.max), ms(m.traffic.maxLockWaitMs)])));
    }
    const line = projectionLine(p);
    const charts = [];
    const timeline = migrateTimeline(p);
    if (timeline) {
        // Before the table: the shape of the migration first, its numbers after.
        parts.splice(1, 0, chartDiv(timeline.el, Math.max(200, 90 + 3 * 14 * (p.migrations ?? []).reduce((n, m) => n + m.statements.length, 0))));
        charts.push(timeline);
    }
    if (line && p.projection) {
        parts.push(`<p><b>${esc(line)}</b></p>`);
        const fitted = p.projection.statements.filter((s) => s.model === 'linear' && s.prodRows !== null);
        if (fitted.length) {
            parts.push(chartDiv('migrate-projection'));
            charts.push({
                el: 'migrate-projection',
                option: {
                    title: { text: 'Statement duration against table rows, projected to production', left: 'center', textStyle: { fontSize: 14 } },
                    tooltip: { trigger: 'item' },
                    legend: { top: 24, type: 'scroll' },
                    grid: { top: 72, left: 64, right: 32, bottom: 40 },
                    xAxis: { type: 'value', name: 'rows' },
                    yAxis: { type: 'value', name: 'ms' },
                    series: fitted.map((s) => ({
                        name: `${s.file} #${s.statement + 1} ${firstLine(s.sql, 30)}`,
                        type: 'line',
                        data: [...s.points.map((pt) => [pt.rows, pt.durationMs]), [s.prodRows, s.estimate.ms]],
                        lineStyle: { type: s.trusted ? 'solid' : 'dashed' },
                    })),
                },
            });
        }
    }
    return { id: 'migrate', title: 'Migrations', html: parts.join(''), charts };
}
