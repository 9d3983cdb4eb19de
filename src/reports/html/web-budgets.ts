// Web metrics against their budgets: every judged web gate as a bar at "% of budget", so a
// page that uses 160% of its JS budget stands out next to one at 20%. Read from the gates in
// result.json (actual and expression), never from the raw Lighthouse data.
import type { GateResult } from '../../core/result.ts';
import { parseThreshold } from '../../lib/threshold.ts';
import type { ChartSpec } from './section.ts';

const COLOR: Record<string, string> = { pass: '#1a7f37', warn: '#bf8700', fail: '#cf222e' };

export function webBudgetChart(gates: GateResult[]): ChartSpec | undefined {
  const bars = gates
    .filter((g) => g.probe === 'web' && g.actual !== null && (g.outcome === 'pass' || g.outcome === 'warn' || g.outcome === 'fail'))
    .flatMap((g) => {
      try {
        const t = parseThreshold(g.expression);
        // Only upper bounds ("at most") read as a share of a budget.
        if (!(t.operator === '<' || t.operator === '<=') || t.value <= 0) return [];
        return [{ label: g.id, pct: +((g.actual! / t.value) * 100).toFixed(1), outcome: g.outcome, detail: `${g.metric} ${g.expression}: ${+g.actual!.toFixed(2)}` }];
      } catch {
        return [];
      }
    });
  if (bars.length === 0) return undefined;
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

export function webBudgetHeight(chart: ChartSpec): number {
  const n = ((chart.option.yAxis as { data: unknown[] }).data ?? []).length;
  return Math.max(200, 80 + 22 * n);
}
