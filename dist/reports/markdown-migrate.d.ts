import type { MigrateProbe } from '../probes/migrate/block.ts';
export declare function migrateSection(p: MigrateProbe): string[];
