import type { Section } from '../core/report-model.ts';
import type { ResultEnvelope as Result } from '../core/result.ts';
export declare function renderTerminal(r: Result, sections: readonly Section[], resultPath?: string, o?: {
    gates?: 'all' | 'failed';
}): string;
