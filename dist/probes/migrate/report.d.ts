import type { Section } from '../../core/report-model.js';
import type { GateResult } from '../../core/result.js';
import type { MigrateProbe, Projection } from './block.js';
export declare function migrateReport(b: MigrateProbe, _gates?: GateResult[]): Section[];
export declare function datasetLine(b: MigrateProbe): string;
export declare function projectionLine(pr: Projection | undefined): string | undefined;
export declare function firstLine(sql: string, max?: number): string;
/** "AccessExclusiveLock" → "ACCESS EXCLUSIVE", as the PostgreSQL docs name the modes. */
export declare function modeName(mode: string): string;
