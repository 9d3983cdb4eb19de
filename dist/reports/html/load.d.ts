import type { LoadProbe } from '../../probes/load/block.ts';
import { type ChartSpec, type HtmlSection } from './section.ts';
export declare function loadCharts(l: LoadProbe, prefix?: string): ChartSpec[];
export declare function loadSection(l: LoadProbe): HtmlSection;
