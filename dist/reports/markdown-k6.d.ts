import type { K6Source } from '../probes/load/block.js';
export declare function k6Markdown(k: K6Source | undefined): string[];
