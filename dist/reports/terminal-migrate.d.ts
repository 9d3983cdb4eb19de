import type { MigrateProbe } from '../probes/migrate/block.ts';
export declare function migrateTable(p: MigrateProbe): string;
