import type { K6Source } from '../../probes/load/block.ts';
import { type HtmlSection } from './section.ts';
export declare function k6Section(k: K6Source | undefined): HtmlSection[];
