import type { BaselineBlock } from '../../core/result.js';
import { type HtmlSection } from './section.js';
export declare function baselineSection(b: BaselineBlock): HtmlSection;
