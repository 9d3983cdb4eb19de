import type { LoadProbe } from '../../probes/load/block.js';
import { type ChartSpec } from './section.js';
export declare function growthHtml(l: LoadProbe): {
    html: string;
    charts: ChartSpec[];
};
