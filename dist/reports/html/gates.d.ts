import type { Result } from '../../runner/result.ts';
import { type HtmlSection } from './section.ts';
export declare function gatesSection(r: Result): HtmlSection;
