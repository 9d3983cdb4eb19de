// The audit probe's settings, from `shipgate audit` flags or the config's `audit:` section;
// one schema for both, so a bad value reads the same either way. Defaults live here.
import { z } from 'zod';
import { DurationMs } from '../../lib/duration.ts';
import { UsageError } from '../../core/errors.ts';
import { formatIssues } from '../../core/load-file.ts';
import { SeverityOrNone, WindowsSchema } from './severity.ts';

export const AuditConfig = z.strictObject({
  /** The project: its package-lock.json (and .npmrc for a live audit). */
  dir: z.string().min(1).optional(),
  /** A saved `npm audit --json` instead of a live audit. */
  auditJson: z.string().min(1).optional(),
  /** A folder of OSV / GitHub Advisory Database JSON files: offline audit of the lockfile. */
  advisories: z.string().min(1).optional(),
  /** Waiver file; default gates/waivers.yaml when it exists. */
  waivers: z.string().min(1).optional(),
  /** Unwaived production findings at or above this fail the gate. */
  failOn: SeverityOrNone.default('high'),
  /** The same for dev-only dependencies; default: report only. */
  devFailOn: SeverityOrNone.default('none'),
  /** Response windows in days: the longest a waiver of each severity may last. */
  windows: WindowsSchema.prefault({}),
  /** Run `npm outdated --json` in the project for the update policy. */
  outdated: z.boolean().default(false),
  /** A saved `npm outdated --json` instead. */
  outdatedJson: z.string().min(1).optional(),
  /** Fail when any dependency is more than this many majors behind its latest release. */
  maxMajorsBehind: z.number().int().nonnegative().optional(),
  /** Time limit for each npm command. */
  timeout: DurationMs.default(60_000),
});
export type AuditSettings = z.infer<typeof AuditConfig>;
export type AuditConfigInput = z.input<typeof AuditConfig>;

/** Validate settings gathered from flags; `where` names them in errors (exit 2). */
export function parseAuditSettings(raw: AuditConfigInput, where: string): AuditSettings {
  const r = AuditConfig.safeParse(raw);
  if (!r.success) throw new UsageError(formatIssues(where, r.error.issues));
  return r.data;
}
