import { z } from 'zod';
import type { AuditFinding } from './block.js';
import { type WindowsDays } from './severity.js';
export declare const WaiverDef: z.ZodObject<{
    id: z.ZodString;
    package: z.ZodOptional<z.ZodString>;
    path: z.ZodOptional<z.ZodString>;
    reason: z.ZodString;
    owner: z.ZodString;
    granted: z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodDate]>, z.ZodTransform<string, string | Date>>;
    expires: z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodDate]>, z.ZodTransform<string, string | Date>>;
}, z.core.$strict>;
export type WaiverDef = z.infer<typeof WaiverDef>;
export declare const WaiverFile: z.ZodObject<{
    description: z.ZodOptional<z.ZodString>;
    waivers: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        package: z.ZodOptional<z.ZodString>;
        path: z.ZodOptional<z.ZodString>;
        reason: z.ZodString;
        owner: z.ZodString;
        granted: z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodDate]>, z.ZodTransform<string, string | Date>>;
        expires: z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodDate]>, z.ZodTransform<string, string | Date>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export interface Waivers {
    file: string;
    list: WaiverDef[];
}
export declare function todayUtc(now?: Date): string;
/** Load and check what can be checked before any finding is known. */
export declare function loadWaivers(file: string, windows: WindowsDays, today: string): Promise<Waivers>;
export interface WaiverState {
    index: number;
    id: string;
    package?: string;
    path?: string;
    owner: string;
    reason: string;
    granted: string;
    expires: string;
    state: 'active' | 'expired' | 'unused';
    matched: number;
}
/**
 * Mark waived findings (a copy), check each used waiver against the window of the most
 * severe finding it covers (a usage error naming it when too long), and say which waivers
 * expired or match nothing.
 */
export declare function applyWaivers(findings: AuditFinding[], waivers: Waivers, windows: WindowsDays, today: string): {
    findings: AuditFinding[];
    states: WaiverState[];
    warnings: string[];
};
