import { MigrateConfig } from './config.js';
import { type MigratePrepared } from './prepare.js';
export { MigrateConfig } from './config.js';
/** The playbook's migration gates (packaged gate files), with the traffic gates when traffic runs. */
export declare function migrateDefaultGates(c: Pick<MigrateConfig, 'traffic'>): string[];
export declare function parseMigrateConfig(raw: unknown, where: string): MigrateConfig;
/** Everything the probe needs, read and checked. */
export declare function resolveMigrateOptions(c: MigrateConfig, where?: string): Promise<MigratePrepared>;
