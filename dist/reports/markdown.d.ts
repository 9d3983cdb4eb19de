import type { Section } from '../core/report-model.js';
import type { ResultEnvelope as Result } from '../core/result.js';
import type { ReportExtras } from './extras.js';
export declare function renderMarkdown(r: Result, sections: readonly Section[], extras?: ReportExtras): string;
/** One order in every format: gates, each probe's sections, the baseline. */
export declare function orderedSections(r: Result, sections: readonly Section[]): Section[];
