import type { WebProbe } from '../../probes/web/block.ts';
import { type HtmlSection } from './section.ts';
import type { GateResult } from '../../core/result.ts';
export declare function webSection(w: WebProbe, gates?: GateResult[]): HtmlSection;
