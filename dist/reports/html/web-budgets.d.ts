import type { GateResult } from '../../core/result.js';
import type { ChartSpec } from './section.js';
export declare function webBudgetChart(gates: GateResult[]): ChartSpec | undefined;
export declare function webBudgetHeight(chart: ChartSpec): number;
