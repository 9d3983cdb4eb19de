import type { MigrateResult } from './block.js';
import type { MigrateEvents, MigrateOptions } from './options.js';
export type { MigrateEvents, MigrateOptions };
export declare function runMigrateProbe(o: MigrateOptions): Promise<MigrateResult>;
