import type { Result } from '../../runner/result.js';
import { type HtmlSection } from './section.js';
export declare function gatesSection(r: Result): HtmlSection;
