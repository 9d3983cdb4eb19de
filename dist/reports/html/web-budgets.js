import { parseThreshold } from "../../gates/threshold-parser.js";
const COLOR = { pass: '#1a7f37', warn: '#bf8700', fail: '#cf222e' };
export function webBudgetChart(gates) {
    const bars = gates
        .filter((g) => g.probe === 'web' && g.actual !== null && (g.outcome === 'pass' || g.outcome === 'warn' || g.outcome === 'fail'))
        .flatMap((g) => {
        try {
            const t = parseThreshold(g.expression);
            // Only upper bounds ("at most") read as a share of a budget.
            if (!(t.operator === '<' || t.operator === '<=') || t.value <= 0)
                return [];
            return [{ label: g.id, pct: +((g.actual / t.value) * 100).toFixed(1), outcome: g.outcome, detail: `${g.metric} ${g.expression}: ${+g.actual.toFixed(2)}` }];
        }
        catch {
            return [];
        }
    });
    if (bars.length === 0)
        return undefined;
    return {
        el: 'web-budgets',
        option: {
            title: { text: 'Web metrics as % of their budgets (median run)', left: 'center', textStyle: { fontSize: 14 } },
            tooltip: { trigger: 'item', formatter: '{b}: {c}% of budget' },
            grid: { top: 40, left: 220, right: 40, bottom: 32 },
            xAxis: { type: 'value', name: '% of budget', axisLabel: { formatter: '{value}%' } },
            yAxis: { type: 'category', data: bars.map((b) => b.label), inverse: true },
            series: [
                {
                    type: 'bar',
                    data: bars.map((b) => ({ value: b.pct, name: b.detail, itemStyle: { color: COLOR[b.outcome] } })),
                    markLine: { symbol: 'none', data: [{ xAxis: 100, label: { formatter: 'budget', position: 'insideEndTop' } }], lineStyle: { color: '#cf222e', type: 'dashed' } },
                },
            ],
        },
    };
}
export function webBudgetHeight(chart) {
    const n = (chart.option.yAxis.data ?? []).length;
    return Math.max(200, 80 + 22 * n);
}
