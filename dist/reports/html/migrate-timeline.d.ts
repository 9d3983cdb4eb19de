import type { MigrateProbe } from '../../probes/migrate/block.js';
import type { ChartSpec } from './section.js';
export declare function migrateTimeline(p: MigrateProbe): ChartSpec | undefined;
