import type { MigrateEvents } from '../probes/migrate/migrate-probe.ts';
export declare function migrateProgress(stream?: NodeJS.WriteStream): MigrateEvents;
