import { z } from 'zod';
import type { FlagTable } from '../../core/probe.js';
export declare const AuditConfig: z.ZodObject<{
    dir: z.ZodOptional<z.ZodString>;
    auditJson: z.ZodOptional<z.ZodString>;
    advisories: z.ZodOptional<z.ZodString>;
    waivers: z.ZodOptional<z.ZodString>;
    failOn: z.ZodDefault<z.ZodPipe<z.ZodString, z.ZodTransform<"none" | "low" | "high" | "critical" | "moderate" | "info", string>>>;
    devFailOn: z.ZodDefault<z.ZodPipe<z.ZodString, z.ZodTransform<"none" | "low" | "high" | "critical" | "moderate" | "info", string>>>;
    windows: z.ZodPrefault<z.ZodPipe<z.ZodObject<{
        critical: z.ZodOptional<z.ZodNumber>;
        high: z.ZodOptional<z.ZodNumber>;
        moderate: z.ZodOptional<z.ZodNumber>;
        low: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>, z.ZodTransform<Record<"low" | "high" | "critical" | "moderate", number>, {
        critical?: number | undefined;
        high?: number | undefined;
        moderate?: number | undefined;
        low?: number | undefined;
    }>>>;
    outdated: z.ZodDefault<z.ZodBoolean>;
    outdatedJson: z.ZodOptional<z.ZodString>;
    maxMajorsBehind: z.ZodOptional<z.ZodNumber>;
    timeout: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<number, string | number>>>;
}, z.core.$strict>;
export type AuditSettings = z.infer<typeof AuditConfig>;
export type AuditConfigInput = z.input<typeof AuditConfig>;
/** Validate settings gathered from flags; `where` names them in errors (exit 2). */
export declare function parseAuditSettings(raw: AuditConfigInput, where: string): AuditSettings;
/** `--windows critical=1,high=3,medium=14` → {critical: 1, high: 3, moderate: 14}. */
export declare function windowList(value: string): Record<string, number>;
export declare function nonNegativeInt(value: string): number;
export declare const AUDIT_FLAGS: FlagTable<AuditConfigInput>;
