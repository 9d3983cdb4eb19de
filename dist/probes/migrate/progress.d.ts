import type { Progress } from '../../core/progress.ts';
import type { MigrateEvents } from './migrate-probe.ts';
export declare function migrateProgress(progress: Progress): MigrateEvents;
