// Pieces every measuring command shares: the headroom gate, the run-time cap, the baseline.
import { existsSync } from 'node:fs';
import { compileGate, type GateSpec } from '../gates/gate-spec.ts';
import type { RunSession } from '../runner/session.ts';
import { formatDuration } from '../lib/duration.ts';
import { BaselinePolicy } from '../baseline/compare.ts';
import { loadBaseline } from '../baseline/baseline-file.ts';
import { UsageError } from '../core/errors.ts';
import { formatIssues } from '../core/load-file.ts';

/** The scalability threshold: breaking point >= X x expected level. */
export function headroomGate(headroom: number): GateSpec {
  return compileGate('load', { id: 'headroom', metric: 'headroom', expression: `value>=${headroom}`, level: 'fail' }, '--headroom');
}

/** Abort the session when the whole run outlives its cap. */
export function capRunTime(session: RunSession, maxMs: number): () => void {
  const t = setTimeout(() => {
    session.message = `run stopped: it passed its time cap of ${formatDuration(maxMs)}`;
    session.controller.abort(new Error(`time cap of ${formatDuration(maxMs)} reached`));
  }, maxMs);
  t.unref();
  return () => clearTimeout(t);
}

/**
 * The baseline a run is compared with: `--baseline` must exist (exit 2 if not); a baseline
 * named in the config that does not exist is said loudly (a warn gate, and the report says
 * nothing was compared), since a typo there would silently turn off every regression gate.
 */
export async function attachBaseline(session: RunSession, o: { flag?: string | undefined; configured?: string | undefined; policy?: unknown }): Promise<void> {
  const parsed = BaselinePolicy.safeParse(o.policy ?? {});
  if (!parsed.success) throw new UsageError(formatIssues('baseline policy', parsed.error.issues));
  const fileOrDir = o.flag ?? o.configured;
  if (!fileOrDir) return;
  if (!o.flag && !existsSync(fileOrDir)) {
    session.baselineMissing = { path: fileOrDir, policy: parsed.data };
    return;
  }
  const { path, result } = await loadBaseline(fileOrDir);
  session.baseline = { path, result, policy: parsed.data };
}
