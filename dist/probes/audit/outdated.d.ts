import type { AuditOutdated, OutdatedPackage } from './block.js';
export declare function classifyUpdate(current: string | null, latest: string | null): Pick<OutdatedPackage, 'type' | 'majorsBehind' | 'needsReview'>;
/** `npm outdated --json`: {name: {current, wanted, latest, dependent, location}}, or a list per name in workspaces. */
export declare function parseOutdated(json: unknown, where: string): OutdatedPackage[];
export declare function outdatedBlock(source: AuditOutdated['source'], input: string, packages: OutdatedPackage[]): AuditOutdated;
