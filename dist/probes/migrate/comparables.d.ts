import type { Comparable } from '../../core/metric.js';
import type { MigrateProbe } from './block.js';
/** Smaller changes than this are never a regression: a scratch server's timing noise. */
export declare const MIGRATE_NOISE_FLOOR_MS = 50;
export declare function migrateComparables(b: MigrateProbe): Comparable[];
