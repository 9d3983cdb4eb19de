import type { MigrateConfig } from './config.ts';
import type { MigrateOptions } from './migrate-probe.ts';
/** What `measure` runs with: the probe's options, without the run's signal and callbacks. */
export type MigratePrepared = Omit<MigrateOptions, 'signal' | 'events' | 'log' | 'onPartial'>;
export declare function prepareMigrate(c: MigrateConfig, where: string): Promise<MigratePrepared>;
