import { MigrateConfig } from './config.ts';
import { type MigratePrepared } from './prepare.ts';
export { MigrateConfig } from './config.ts';
/** The playbook's migration gates (packaged gate files), with the traffic gates when traffic runs. */
export declare function migrateDefaultGates(c: Pick<MigrateConfig, 'traffic'>): string[];
export declare function parseMigrateConfig(raw: unknown, where: string): MigrateConfig;
/** Everything the probe needs, read and checked. */
export declare function resolveMigrateOptions(c: MigrateConfig, where?: string): Promise<MigratePrepared>;
