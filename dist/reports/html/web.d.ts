import type { WebProbe } from '../../probes/web/block.js';
import { type HtmlSection } from './section.js';
import type { GateResult } from '../../core/result.js';
export declare function webSection(w: WebProbe, gates?: GateResult[]): HtmlSection;
