import type { ReportExtras } from '../reports/extras.js';
import { Result } from './result.js';
export declare function readResultDir(dir: string): Promise<Result>;
export type ReportFormat = 'md' | 'html' | 'junit' | 'terminal';
export declare function renderSaved(r: Result, format: ReportFormat, extras?: ReportExtras): Promise<string>;
/** Writes report.md and report.html again beside result.json (after a sign-off, say). */
export declare function rewriteReports(dir: string, r: Result, extras: ReportExtras): Promise<void>;
