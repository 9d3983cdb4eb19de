import type { Section } from '../core/report-model.js';
import type { ResultEnvelope as Result } from '../core/result.js';
import type { ReportExtras } from './extras.js';
export declare function renderHtml(r: Result, probeSections: readonly Section[], extras?: ReportExtras): Promise<string>;
