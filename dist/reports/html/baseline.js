import { BASELINE_HEAD, baselineRows } from "../baseline-rows.js";
import { chartDiv, esc, table } from "./section.js";
export function baselineSection(b) {
    if (b.missing) {
        return { id: 'baseline', title: 'Compared with the baseline', html: `<p class="note">${esc(b.message ?? `${b.source} does not exist: nothing was compared`)}</p>`, charts: [] };
    }
    const rows = baselineRows(b).map((r) => [`<span class="o-${r[0] === 'inconclusive' || r[0] === 'new' ? 'not-measured' : r[0]}">${esc(r[0])}</span>`, ...r.slice(1).map(esc)]);
    const withDelta = b.comparisons.filter((c) => c.worseBy !== null);
    const chart = {
        el: 'baseline-deltas',
        option: {
            title: { text: 'Change against the baseline (positive = worse)', left: 'center', textStyle: { fontSize: 14 } },
            tooltip: { trigger: 'axis' },
            grid: { top: 40, left: 260, right: 40, bottom: 32 },
            xAxis: { type: 'value', name: '% worse', axisLabel: { formatter: '{value}%' } },
            yAxis: { type: 'category', data: withDelta.map((c) => c.label), inverse: true },
            series: [
                {
                    type: 'bar',
                    data: withDelta.map((c) => ({
                        value: +(c.worseBy * 100).toFixed(1),
                        itemStyle: { color: c.outcome === 'fail' ? '#cf222e' : c.outcome === 'warn' ? '#bf8700' : c.outcome === 'inconclusive' ? '#8c959f' : '#1a7f37' },
                    })),
                    markLine: {
                        symbol: 'none',
                        data: [
                            { xAxis: b.policy.warn * 100, label: { formatter: 'warn' }, lineStyle: { color: '#bf8700' } },
                            { xAxis: b.policy.fail * 100, label: { formatter: 'fail' }, lineStyle: { color: '#cf222e' } },
                        ],
                    },
                },
            ],
        },
    };
    const height = Math.max(160, 40 + 28 * withDelta.length);
    return {
        id: 'baseline',
        title: `Compared with the baseline`,
        html: `<p class="note">Baseline ${esc(b.source)}${b.baselineStartedAt ? ` (run of ${esc(b.baselineStartedAt)})` : ''}: worse by more than ${b.policy.warn * 100}% warns, more than ${b.policy.fail * 100}% fails.</p>${withDelta.length ? chartDiv(chart.el, height) : ''}${table(BASELINE_HEAD, rows)}`,
        charts: withDelta.length ? [chart] : [],
    };
}
