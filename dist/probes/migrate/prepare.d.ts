import type { MigrateConfig } from './config.js';
import type { MigrateOptions } from './options.js';
/** What `measure` runs with: the probe's options, without the run's signal and callbacks. */
export type MigratePrepared = Omit<MigrateOptions, 'signal' | 'events' | 'log' | 'onPartial'>;
export declare function prepareMigrate(c: MigrateConfig, where: string): Promise<MigratePrepared>;
