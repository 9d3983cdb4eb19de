import type { BaselineBlock } from '../../core/result.ts';
import { type HtmlSection } from './section.ts';
export declare function baselineSection(b: BaselineBlock): HtmlSection;
