import type { GateResult } from '../../core/result.ts';
import type { ChartSpec } from './section.ts';
export declare function webBudgetChart(gates: GateResult[]): ChartSpec | undefined;
export declare function webBudgetHeight(chart: ChartSpec): number;
