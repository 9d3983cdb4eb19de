import type { K6Source } from '../probes/load/block.js';
export declare function k6Terminal(k: K6Source | undefined): string[];
