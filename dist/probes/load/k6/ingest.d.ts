import type { LoadProbe } from '../block.ts';
import type { MergedSummary } from './merge-summaries.ts';
export interface IngestOptions {
    files: string[];
    expect?: number;
    target?: string;
}
export declare function ingestK6(sum: MergedSummary, o: IngestOptions): LoadProbe;
