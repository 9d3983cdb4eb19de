import type { WebProbe } from '../probes/web/block.js';
export declare function webTables(w: WebProbe): string;
