import type { Progress } from '../../core/progress.js';
import type { MigrateEvents } from './migrate-probe.js';
export declare function migrateProgress(progress: Progress): MigrateEvents;
