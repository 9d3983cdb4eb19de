import { z } from 'zod';
import type { FlagTable } from '../../core/probe.js';
export declare const MigrateConfig: z.ZodObject<{
    migrations: z.ZodOptional<z.ZodString>;
    command: z.ZodOptional<z.ZodString>;
    dataset: z.ZodOptional<z.ZodString>;
    dump: z.ZodOptional<z.ZodString>;
    scratchUrl: z.ZodOptional<z.ZodString>;
    scale: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
    rows: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
    repeat: z.ZodDefault<z.ZodNumber>;
    prodRows: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodNumber>>;
    traffic: z.ZodDefault<z.ZodBoolean>;
    largeTableRows: z.ZodDefault<z.ZodNumber>;
    sampleInterval: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<number, string | number>>>;
    statementTimeout: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<number, string | number>>>;
}, z.core.$strict>;
export type MigrateConfig = z.infer<typeof MigrateConfig>;
export type MigrateConfigInput = z.input<typeof MigrateConfig>;
/** "0.1,0.3,1" → [0.1, 0.3, 1]. */
export declare function numberList(value: string): number[];
/** "orders=1000000,users=50000", repeatable: each use adds to the tables before it. */
export declare function prodRows(value: string, previous: unknown): Record<string, number>;
export declare const MIGRATE_FLAGS: FlagTable<MigrateConfigInput>;
