import type { LoadProbe } from '../../probes/load/block.js';
import { type ChartSpec, type HtmlSection } from './section.js';
export declare function loadCharts(l: LoadProbe, prefix?: string): ChartSpec[];
export declare function loadSection(l: LoadProbe): HtmlSection;
