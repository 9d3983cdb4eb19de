import type { WebProbe } from '../probes/web/block.js';
export declare function webSection(w: WebProbe): string[];
