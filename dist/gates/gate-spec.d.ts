import { z } from 'zod';
import type { GateDef, GateSpec } from '../core/metric.js';
import type { MetricInfo } from '../core/probe.js';
export type { GateDef, GateSpec };
/** Probe name → its metrics. */
export type Catalogs = Record<string, Record<string, MetricInfo>>;
export declare const GateDefSchema: z.ZodObject<{
    id: z.ZodOptional<z.ZodString>;
    metric: z.ZodString;
    expression: z.ZodString;
    level: z.ZodDefault<z.ZodEnum<{
        warn: "warn";
        fail: "fail";
    }>>;
    optional: z.ZodDefault<z.ZodBoolean>;
    description: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
/** The shape of a gate file: a section per probe the registry knows. */
export declare function gateFileSchema(catalogs: Catalogs): z.ZodObject<{
    description: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
/** Parse and validate one gate; throws UsageError naming `where`. */
export declare function compileGate(probe: string, def: GateDef, where: string, catalogs: Catalogs, source?: GateSpec['source']): GateSpec;
/** Compile several; every problem reported at once. */
export declare function compileGates(probe: string, defs: readonly GateDef[], where: string, catalogs: Catalogs): GateSpec[];
export interface GateFileContents {
    file: string;
    specs: GateSpec[];
    /** Probes the file has a section for, even an empty one. */
    sections: string[];
}
/** Load a gate file; every bad gate in it is reported at once, shape and expressions alike. */
export declare function loadGateFile(file: string, catalogs: Catalogs): Promise<GateFileContents>;
