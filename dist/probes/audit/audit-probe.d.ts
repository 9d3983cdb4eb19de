import type { AuditCounts, AuditFinding, AuditOutdated, AuditProbe } from './block.js';
import type { AuditSettings } from './audit-config.js';
import { type Lockfile } from './lockfile.js';
import { type Waivers } from './waivers.js';
import { type Progress } from '../../core/progress.js';
export declare const DEFAULT_WAIVERS_FILE: string;
interface Found {
    findings: AuditFinding[];
    reportVersion?: number;
    npmCounts?: Record<string, number>;
    warnings: string[];
}
export interface PreparedAudit {
    settings: AuditSettings;
    today: string;
    source: AuditProbe['source'];
    input: string;
    dir: string;
    lock?: Lockfile;
    waivers?: Waivers;
    /** Findings already known (saved report, offline advisories). */
    found?: Found;
    /** A saved report that is npm's error output: the measurement it records failed. */
    savedError?: string;
    outdated?: AuditOutdated;
}
export type AuditPrepared = PreparedAudit;
/** `where` names the settings in messages ("shipgate.config.ts: audit"); flags by default. */
export declare function prepareAudit(settings: AuditSettings, today?: string, where?: string): Promise<PreparedAudit>;
export declare function measureAudit(p: PreparedAudit, signal?: AbortSignal, progress?: Progress): Promise<AuditProbe>;
export declare function countFindings(findings: AuditFinding[]): AuditCounts;
/** A block for an audit that could not measure; `partial` is what it had measured. */
export declare function auditErrorBlock(p: PreparedAudit, message: string, partial: AuditProbe | undefined): AuditProbe;
export {};
