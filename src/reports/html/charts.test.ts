import { describe, expect, it } from 'vitest';
import { webBudgetChart } from './web-budgets.ts';
import { migrateTimeline } from './migrate-timeline.ts';
import type { GateResult } from '../../core/result.ts';

const gate = (id: string, expression: string, actual: number, outcome: GateResult['outcome']): GateResult => ({ id, probe: 'web', metric: 'js_kb', expression, actual, level: 'fail', outcome, message: '' });

describe('web metrics against budgets', () => {
  it('shows each judged upper-bound gate as % of its budget, coloured by outcome', () => {
    const c = webBudgetChart([gate('desktop-js /heavy', 'med<=200', 321.8, 'fail'), gate('lcp /', 'med<2000', 500, 'pass'), gate('runs', 'count>=3', 5, 'pass'), gate('nm', 'med<1', 0, 'not-measured')])!;
    const series = (c.option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0]!;
    expect((c.option.yAxis as { data: string[] }).data).toEqual(['desktop-js /heavy', 'lcp /']);
    expect(series.data.map((d) => d.value)).toEqual([160.9, 25]);
    expect(series.data[0]!.itemStyle.color).toBe('#cf222e');
  });
  it('draws nothing without web gates', () => {
    expect(webBudgetChart([])).toBeUndefined();
  });
});

describe('migration timeline', () => {
  it('lays statements end to end with their ACCESS EXCLUSIVE and other lock holds', () => {
    const c = migrateTimeline({
      status: 'ok',
      migrations: [
        {
          file: '001.sql',
          durationMs: 150,
          status: 'ok',
          transaction: true,
          statements: [
            { sql: 'alter table t add column c int', durationMs: 100, locks: [{ relation: 't', mode: 'AccessExclusiveLock', heldMs: 120 }], rewrote: [] },
            { sql: 'create index i on t(c)', durationMs: 50, locks: [{ relation: 't', mode: 'ShareLock', heldMs: 55 }], rewrote: [] },
          ],
        },
      ],
    })!;
    const s = c.option.series as { data: (number | { value: number })[] }[];
    expect(s[0]!.data).toEqual([0, 100]); // offsets: the second statement starts after the first
    expect(s[1]!.data.map((d) => (typeof d === 'number' ? d : d.value))).toEqual([100, 50]);
    expect(s[3]!.data).toEqual([120, 0]);
    expect(s[5]!.data.map((d) => (typeof d === 'number' ? d : d.value))).toEqual([0, 55]);
  });
});
