import { z } from 'zod';
import type { FlagTable } from '../../core/probe.js';
import type { RampScenarioInput } from './scenario.js';
import type { GaugeSpec } from './metrics-scraper.js';
export declare const ServiceSpec: z.ZodObject<{
    command: z.ZodString;
    url: z.ZodOptional<z.ZodString>;
    health: z.ZodDefault<z.ZodString>;
    readyTimeout: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<number, string | number>>>;
}, z.core.$strict>;
export declare const LoadConfig: z.ZodObject<{
    scenario: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodRecord<z.ZodString, z.ZodUnknown>]>>;
    target: z.ZodOptional<z.ZodString>;
    service: z.ZodOptional<z.ZodObject<{
        command: z.ZodString;
        url: z.ZodOptional<z.ZodString>;
        health: z.ZodDefault<z.ZodString>;
        readyTimeout: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<number, string | number>>>;
    }, z.core.$strict>>;
    targetPid: z.ZodOptional<z.ZodNumber>;
    dbUrl: z.ZodOptional<z.ZodString>;
    metrics: z.ZodOptional<z.ZodObject<{
        url: z.ZodString;
        gauges: z.ZodDefault<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            metric: z.ZodString;
            limit: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
            unit: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    current: z.ZodOptional<z.ZodNumber>;
    growth: z.ZodOptional<z.ZodNumber>;
}, z.core.$loose>;
export type LoadConfig = z.infer<typeof LoadConfig>;
export interface LoadConfigInput extends Partial<RampScenarioInput> {
    scenario?: string | RampScenarioInput;
    target?: string;
    service?: z.input<typeof ServiceSpec>;
    targetPid?: number;
    dbUrl?: string;
    metrics?: {
        url: string;
        gauges?: GaugeSpec[];
    };
    current?: number;
    growth?: number;
}
/** `--gauge "db pool=db_pool_active:db_pool_max"` -> a gauge spec. */
export declare function parseGaugeFlag(flag: string): GaugeSpec;
export declare const LOAD_FLAGS: FlagTable<LoadConfigInput>;
