import type { Section } from '../core/report-model.ts';
import type { ResultEnvelope as Result } from '../core/result.ts';
import type { ReportExtras } from './extras.ts';
export declare function renderHtml(r: Result, probeSections: readonly Section[], extras?: ReportExtras): Promise<string>;
