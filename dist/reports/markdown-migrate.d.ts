import type { MigrateProbe } from '../probes/migrate/block.js';
export declare function migrateSection(p: MigrateProbe): string[];
