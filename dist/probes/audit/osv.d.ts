import type { AuditFinding } from './block.js';
import type { Lockfile } from './lockfile.js';
import { type Severity } from './severity.js';
interface OsvEvent {
    introduced?: string;
    fixed?: string;
    last_affected?: string;
    limit?: string;
}
interface OsvAffected {
    package?: {
        ecosystem?: string;
        name?: string;
    };
    ranges?: Array<{
        type?: string;
        events?: OsvEvent[];
    }>;
    versions?: string[];
    database_specific?: {
        severity?: string;
    };
    ecosystem_specific?: {
        severity?: string;
    };
}
export interface Advisory {
    id: string;
    aliases: string[];
    title: string;
    severity: Severity;
    url?: string;
    affected: OsvAffected[];
    file: string;
}
export interface AdvisoryDb {
    dir: string;
    byPackage: Map<string, Advisory[]>;
    count: number;
    /** OSV records skipped: withdrawn, or no npm package in them. */
    skipped: number;
}
/** Every *.json below `dir`; a file that is not JSON or not OSV is a usage error naming it. */
export declare function loadAdvisories(dir: string): Promise<AdvisoryDb>;
/** Is `version` affected? Returns the fixed version (or null) and the range as text. */
export declare function affectedRange(version: string, affected: OsvAffected[]): {
    fixedIn: string | null;
    range: string;
} | undefined;
/** One finding per advisory per installed copy of an affected package. */
export declare function matchAdvisories(lock: Lockfile, db: AdvisoryDb): {
    findings: AuditFinding[];
    unmatchable: string[];
};
export {};
