import type { Section } from '../../core/report-model.js';
import type { LoadProbe } from './block.js';
export declare function loadReport(l: LoadProbe): Section[];
export declare function errorBreakdown(errors: Record<string, number>): string;
