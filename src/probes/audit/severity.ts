// Severities as npm names them (critical|high|moderate|low|info), their order, and the
// playbook's response windows: how long a finding of each severity may be waived.
import { z } from 'zod';
import { AuditSeverity } from './block.ts';

export const Severity = AuditSeverity;
export type Severity = z.infer<typeof Severity>;

/** Highest first. */
export const SEVERITIES: readonly Severity[] = Severity.options;

const RANK: Record<Severity, number> = { critical: 4, high: 3, moderate: 2, low: 1, info: 0 };

export function atOrAbove(s: Severity, floor: Severity): boolean {
  return RANK[s] >= RANK[floor];
}

export function bySeverityDesc(a: Severity, b: Severity): number {
  return RANK[b] - RANK[a];
}

/**
 * npm's names, GHSA/OSV's upper-case names (MODERATE), and the playbook's "medium".
 * undefined when the text names no severity.
 */
export function parseSeverity(text: unknown): Severity | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.trim().toLowerCase();
  if (t === 'medium') return 'moderate';
  return (SEVERITIES as readonly string[]).includes(t) ? (t as Severity) : undefined;
}

/** A severity flag value: a severity, or "none" (report only, no gate). */
export const SeverityOrNone = z.string().transform((v, ctx) => {
  if (v.trim().toLowerCase() === 'none') return 'none' as const;
  const s = parseSeverity(v);
  if (!s) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a severity; use critical, high, moderate, low, info or none` });
    return z.NEVER;
  }
  return s;
});
export type SeverityOrNone = Severity | 'none';

/**
 * Response windows in days (playbook 3.3): critical the same day, high within 3 days,
 * medium within 2 weeks, low next quarter. A waiver may not outlast its window.
 * info has no playbook window; it gets low's.
 */
export const DEFAULT_WINDOWS_DAYS: Record<Exclude<Severity, 'info'>, number> = {
  critical: 1,
  high: 3,
  moderate: 14,
  low: 90,
};
export type WindowsDays = typeof DEFAULT_WINDOWS_DAYS;

export const WindowsSchema = z
  .strictObject({
    critical: z.number().int().nonnegative().optional(),
    high: z.number().int().nonnegative().optional(),
    moderate: z.number().int().nonnegative().optional(),
    low: z.number().int().nonnegative().optional(),
  })
  .transform((w): WindowsDays => ({ ...DEFAULT_WINDOWS_DAYS, ...stripUndefined(w) }));

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function windowDays(windows: WindowsDays, s: Severity): number {
  return s === 'info' ? windows.low : windows[s];
}
