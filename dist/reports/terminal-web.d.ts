import type { WebProbe } from '../probes/web/block.ts';
export declare function webTables(w: WebProbe): string;
