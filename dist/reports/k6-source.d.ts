import type { K6Source } from '../probes/load/block.js';
export declare function k6Lines(k: K6Source): {
    heading: string;
    thresholds: string[];
    notes: string[];
};
