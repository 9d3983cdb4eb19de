import type { MigrateProbe } from './block.js';
import type { MetricLookup } from '../../core/metric.js';
export declare function migrateMetricLookup(probe: MigrateProbe): MetricLookup;
/**
 * The longest ACCESS EXCLUSIVE lock held on a large table, as measured or, `projected`, grown
 * by its statement's extra time at production size; undefined when no migration ran.
 */
export declare function longestAccessExclusive(probe: MigrateProbe, projected: boolean): {
    ms: number;
    what: string;
} | undefined;
/** Large tables count for the lock and rewrite gates: at least largeTableRows here or in production. */
export declare function isLargeTable(probe: MigrateProbe): (table: string) => boolean;
