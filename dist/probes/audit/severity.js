// Severities as npm names them (critical|high|moderate|low|info), their order, and the
// playbook's response windows: how long a finding of each severity may be waived.
import { z } from 'zod';
import { AuditSeverity } from "./block.js";
export const Severity = AuditSeverity;
/** Highest first. */
export const SEVERITIES = Severity.options;
const RANK = { critical: 4, high: 3, moderate: 2, low: 1, info: 0 };
export function atOrAbove(s, floor) {
    return RANK[s] >= RANK[floor];
}
export function bySeverityDesc(a, b) {
    return RANK[b] - RANK[a];
}
/**
 * npm's names, GHSA/OSV's upper-case names (MODERATE), and the playbook's "medium".
 * undefined when the text names no severity.
 */
export function parseSeverity(text) {
    if (typeof text !== 'string')
        return undefined;
    const t = text.trim().toLowerCase();
    if (t === 'medium')
        return 'moderate';
    return SEVERITIES.includes(t) ? t : undefined;
}
/** A severity flag value: a severity, or "none" (report only, no gate). */
export const SeverityOrNone = z.string().transform((v, ctx) => {
    if (v.trim().toLowerCase() === 'none')
        return 'none';
    const s = parseSeverity(v);
    if (!s) {
        ctx.addIssue({ code: 'custom', message: `"${v}" is not a severity; use critical, high, moderate, low, info or none` });
        return z.NEVER;
    }
    return s;
});
/**
 * Response windows in days (playbook 3.3): critical the same day, high within 3 days,
 * medium within 2 weeks, low next quarter. A waiver may not outlast its window.
 * info has no playbook window; it gets low's.
 */
export const DEFAULT_WINDOWS_DAYS = {
    critical: 1,
    high: 3,
    moderate: 14,
    low: 90,
};
export const WindowsSchema = z
    .strictObject({
    critical: z.number().int().nonnegative().optional(),
    high: z.number().int().nonnegative().optional(),
    moderate: z.number().int().nonnegative().optional(),
    low: z.number().int().nonnegative().optional(),
})
    .transform((w) => ({ ...DEFAULT_WINDOWS_DAYS, ...stripUndefined(w) }));
function stripUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
export function windowDays(windows, s) {
    return s === 'info' ? windows.low : windows[s];
}
