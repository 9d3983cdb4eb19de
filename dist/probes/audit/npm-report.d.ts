import type { AuditFinding } from './block.js';
import { type Lockfile } from './lockfile.js';
export type NpmAuditParse = {
    kind: 'report';
    reportVersion: 1 | 2;
    findings: AuditFinding[];
    npmCounts?: Record<string, number>;
}
/** npm's own error output (`{"message": "405 Method Not Allowed - POST …", "error": …}`). */
 | {
    kind: 'npm-error';
    message: string;
} | {
    kind: 'unknown';
};
export declare function parseNpmAudit(json: unknown, lock?: Lockfile): NpmAuditParse;
export declare function ghsaFromUrl(url: unknown): string | undefined;
/** The version that ends a vulnerable range "<X" or ">=A <X"; null for "<=X" or several sets. */
export declare function upperBound(range: string | undefined): string | null;
