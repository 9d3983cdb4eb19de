import { type K6Summary } from './summary.js';
export declare function readK6Summaries(file: string): Promise<K6Summary[]>;
