import type { MigrateProbe } from '../../probes/migrate/block.ts';
import type { ChartSpec } from './section.ts';
export declare function migrateTimeline(p: MigrateProbe): ChartSpec | undefined;
