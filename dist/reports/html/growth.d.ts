import type { LoadProbe } from '../../probes/load/block.ts';
import { type ChartSpec } from './section.ts';
export declare function growthHtml(l: LoadProbe): {
    html: string;
    charts: ChartSpec[];
};
