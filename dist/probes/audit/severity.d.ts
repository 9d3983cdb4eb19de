import { z } from 'zod';
export declare const Severity: z.ZodEnum<{
    low: "low";
    high: "high";
    critical: "critical";
    moderate: "moderate";
    info: "info";
}>;
export type Severity = z.infer<typeof Severity>;
/** Highest first. */
export declare const SEVERITIES: readonly Severity[];
export declare function atOrAbove(s: Severity, floor: Severity): boolean;
export declare function bySeverityDesc(a: Severity, b: Severity): number;
/**
 * npm's names, GHSA/OSV's upper-case names (MODERATE), and the playbook's "medium".
 * undefined when the text names no severity.
 */
export declare function parseSeverity(text: unknown): Severity | undefined;
/** A severity flag value: a severity, or "none" (report only, no gate). */
export declare const SeverityOrNone: z.ZodPipe<z.ZodString, z.ZodTransform<"low" | "high" | "none" | "critical" | "moderate" | "info", string>>;
export type SeverityOrNone = Severity | 'none';
/**
 * Response windows in days (playbook 3.3): critical the same day, high within 3 days,
 * medium within 2 weeks, low next quarter. A waiver may not outlast its window.
 * info has no playbook window; it gets low's.
 */
export declare const DEFAULT_WINDOWS_DAYS: Record<Exclude<Severity, 'info'>, number>;
export type WindowsDays = typeof DEFAULT_WINDOWS_DAYS;
export declare const WindowsSchema: z.ZodPipe<z.ZodObject<{
    critical: z.ZodOptional<z.ZodNumber>;
    high: z.ZodOptional<z.ZodNumber>;
    moderate: z.ZodOptional<z.ZodNumber>;
    low: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>, z.ZodTransform<Record<"low" | "high" | "critical" | "moderate", number>, {
    critical?: number | undefined;
    high?: number | undefined;
    moderate?: number | undefined;
    low?: number | undefined;
}>>;
export declare function windowDays(windows: WindowsDays, s: Severity): number;
