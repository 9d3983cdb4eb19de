import { z } from 'zod';
import { type ConfigInputOf, type ProbeName } from './registry.js';
declare const Common: {
    /** Hosts other than loopback that may receive load. */
    allowHosts: z.ZodDefault<z.ZodArray<z.ZodString>>;
    /** Gate files, relative to the working directory. A probe no file has a section for is
     * judged by the playbook's defaults shipped with shipgate. */
    gates: z.ZodDefault<z.ZodArray<z.ZodString>>;
    /** Hard cap on the whole run. */
    maxRunTime: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<number, string | number>>>;
    /** The accepted baseline (`shipgate baseline accept`) and how differences are judged. */
    baseline: z.ZodOptional<z.ZodObject<{
        warn: z.ZodDefault<z.ZodNumber>;
        fail: z.ZodDefault<z.ZodNumber>;
        metrics: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodObject<{
            warn: z.ZodOptional<z.ZodDefault<z.ZodNumber>>;
            fail: z.ZodOptional<z.ZodDefault<z.ZodNumber>>;
        }, z.core.$strict>>>;
        minSamples: z.ZodDefault<z.ZodNumber>;
        alpha: z.ZodDefault<z.ZodNumber>;
        file: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
};
declare const CommonSchema: z.ZodObject<{
    allowHosts: z.ZodDefault<z.ZodArray<z.ZodString>>;
    gates: z.ZodDefault<z.ZodArray<z.ZodString>>;
    maxRunTime: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<number, string | number>>>;
    baseline: z.ZodOptional<z.ZodObject<{
        warn: z.ZodDefault<z.ZodNumber>;
        fail: z.ZodDefault<z.ZodNumber>;
        metrics: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodObject<{
            warn: z.ZodOptional<z.ZodDefault<z.ZodNumber>>;
            fail: z.ZodOptional<z.ZodDefault<z.ZodNumber>>;
        }, z.core.$strict>>>;
        minSamples: z.ZodDefault<z.ZodNumber>;
        alpha: z.ZodDefault<z.ZodNumber>;
        file: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
type Common = z.infer<typeof CommonSchema>;
export type ShipgateConfig = Common & {
    [N in ProbeName]?: unknown;
};
export declare const ShipgateConfig: z.ZodType<ShipgateConfig>;
/** What a shipgate.config.ts may hold (before defaults). */
export type ShipgateConfigInput = z.input<typeof CommonSchema> & {
    [N in ProbeName]?: ConfigInputOf<N>;
};
/** Typed helper for shipgate.config.ts: `export default defineConfig({ ... })`. */
export declare function defineConfig(config: ShipgateConfigInput): ShipgateConfigInput;
export declare function loadConfig(file: string): Promise<ShipgateConfig>;
export {};
