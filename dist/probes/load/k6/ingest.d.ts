import type { LoadProbe } from '../block.js';
import type { MergedSummary } from './merge-summaries.js';
export interface IngestOptions {
    files: string[];
    expect?: number;
    target?: string;
}
export declare function ingestK6(sum: MergedSummary, o: IngestOptions): LoadProbe;
