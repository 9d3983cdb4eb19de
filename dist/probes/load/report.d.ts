import type { Section } from '../../core/report-model.ts';
import type { LoadProbe } from './block.ts';
export declare function loadReport(l: LoadProbe): Section[];
export declare function errorBreakdown(errors: Record<string, number>): string;
