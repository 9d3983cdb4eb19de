import type { WebProbe } from '../probes/web/block.ts';
export declare function webSection(w: WebProbe): string[];
