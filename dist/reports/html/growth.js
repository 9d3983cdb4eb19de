import { chartDiv, esc, table } from "./section.js";
export function growthHtml(l) {
    const p = l.projection;
    if (!p)
        return { html: '', charts: [] };
    const unit = l.mode === 'rate' ? 'req/s' : 'connections';
    const first = p.firstToBreak
        ? `<p><b>First to break:</b> ${esc(p.firstToBreak.name)} at ${p.firstToBreak.multiple}× today's peak (${p.current} ${unit})${p.firstToBreak.multiple < p.factor ? ` — <span class="o-fail">before ${p.factor}×</span>` : ''}.</p>`
        : `<p>No sampled resource rises with load${p.note ? ` (${esc(p.note)})` : ''}.</p>`;
    const chart = {
        el: 'load-growth',
        option: {
            title: { text: `Utilisation today and at ${p.factor}× (limit = 100%)`, left: 'center', textStyle: { fontSize: 14 } },
            tooltip: { trigger: 'axis' },
            legend: { top: 24 },
            grid: { top: 64, left: 240, right: 40, bottom: 32 },
            xAxis: { type: 'value', name: '% of limit' },
            yAxis: { type: 'category', data: p.resources.map((r) => r.name), inverse: true },
            series: [
                { name: `at ${p.current} ${unit}`, type: 'bar', data: p.resources.map((r) => +(r.utilizationAtCurrent * 100).toFixed(2)), color: '#0969da' },
                {
                    name: `at ${p.factor}× (${p.current * p.factor} ${unit})`,
                    type: 'bar',
                    data: p.resources.map((r) => +(r.utilizationProjected * 100).toFixed(2)),
                    color: '#cf222e',
                    markLine: { symbol: 'none', data: [{ xAxis: 100, label: { formatter: 'limit' } }], lineStyle: { color: '#cf222e', type: 'dashed' } },
                },
            ],
        },
    };
    const rows = p.resources.map((r) => [
        esc(r.name),
        `${r.atCurrent} ${esc(r.unit)}`,
        `${r.projected} ${esc(r.unit)}`,
        `${r.limit} ${esc(r.unit)}`,
        r.breaksAtMultiple === null ? 'never (flat)' : `${r.breaksAtMultiple}×`,
        `${r.fit.r2} (${r.fit.points} steps)`,
    ]);
    return {
        html: `<h3>Growth: when ${p.factor}× more load arrives</h3>${first}${chartDiv(chart.el, Math.max(200, 80 + 40 * p.resources.length))}${table(['resource', `at ${p.current}`, `at ${p.factor}×`, 'limit', 'breaks at', 'fit R²'], rows)}`,
        charts: [chart],
    };
}
