import type { GateDef } from '../../core/metric.js';
/** --budget FILE: a budget.json array, or a shipgate gate file with a `web:` section. */
export declare function loadBudgetFile(file: string): Promise<GateDef[]>;
