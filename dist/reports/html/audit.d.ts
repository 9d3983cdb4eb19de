import type { AuditProbe } from '../../probes/audit/block.ts';
import { type HtmlSection } from './section.ts';
export declare function auditHtmlSection(a: AuditProbe): HtmlSection;
