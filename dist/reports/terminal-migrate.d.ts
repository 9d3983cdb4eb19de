import type { MigrateProbe } from '../probes/migrate/block.js';
export declare function migrateTable(p: MigrateProbe): string;
