import type { MigrateEvents } from '../probes/migrate/migrate-probe.js';
export declare function migrateProgress(stream?: NodeJS.WriteStream): MigrateEvents;
