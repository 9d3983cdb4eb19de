import type { AuditProbe } from '../../probes/audit/block.js';
import { type HtmlSection } from './section.js';
export declare function auditHtmlSection(a: AuditProbe): HtmlSection;
