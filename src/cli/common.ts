// Pieces every measuring command shares: gate files, the run-time cap, and turning the
// session into an exit code.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProbeName } from '../core/result-schema.ts';
import { loadGateFile, compileGate, type GateSpec } from '../gates/gate-spec.ts';
import type { RunSession } from '../core/run-session.ts';
import { formatDuration } from '../core/duration.ts';
import { BaselinePolicy } from '../baseline/compare.ts';
import { loadBaseline } from '../baseline/baseline-file.ts';
import { UsageError } from '../core/errors.ts';
import { formatIssues } from '../config/load-file.ts';

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The gate files named, or the playbook's defaults shipped with shipgate. A single-probe
 * command passes its probe: the other probes' gates would only be "not measured" there. */
export async function loadGates(files: readonly string[] | undefined, probe?: ProbeName): Promise<GateSpec[]> {
  const list = files?.length ? files : [defaultGatesFile()];
  const all: GateSpec[] = [];
  for (const f of list) all.push(...(await loadGateFile(f)));
  return probe ? all.filter((g) => g.probe === probe) : all;
}

export function defaultGatesFile(): string {
  const local = join('gates', 'default.gates.yaml');
  return existsSync(local) ? local : join(PACKAGE_ROOT, 'gates', 'default.gates.yaml');
}

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

/** Load the baseline a run is compared with; its policy comes from the config (or defaults). */
export async function attachBaseline(session: RunSession, fileOrDir: string | undefined, policy: unknown = {}): Promise<void> {
  if (!fileOrDir) return;
  const parsed = BaselinePolicy.safeParse(policy ?? {});
  if (!parsed.success) throw new UsageError(formatIssues('baseline policy', parsed.error.issues));
  const { path, result } = await loadBaseline(fileOrDir);
  session.baseline = { path, result, policy: parsed.data };
}
