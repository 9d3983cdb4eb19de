import type { Section } from '../core/report-model.js';
import type { ResultEnvelope as Result } from '../core/result.js';
export declare function renderTerminal(r: Result, sections: readonly Section[], resultPath?: string, o?: {
    gates?: 'all' | 'failed';
}): string;
