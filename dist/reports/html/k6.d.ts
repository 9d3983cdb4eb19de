import type { K6Source } from '../../probes/load/block.js';
import { type HtmlSection } from './section.js';
export declare function k6Section(k: K6Source | undefined): HtmlSection[];
