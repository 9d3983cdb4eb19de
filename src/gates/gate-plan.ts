// Which gates judge a run. Every probe that runs is judged: by the user's gate files when one
// of them has a section for that probe, else by the playbook's defaults shipped with shipgate
// (the same rule in `shipgate run` and in each single-probe command). Problems are found
// before anything is measured: a gate id used twice, or a probe that nothing would judge.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProbeName } from '../runner/result.ts';
import { UsageError } from '../core/errors.ts';
import { loadGateFileSections, type GateSpec } from './gate-spec.ts';

/** The gate files shipped with shipgate (`gates/` in the package). */
export const PACKAGED_GATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'gates');

export function packagedGates(name: string): string {
  return join(PACKAGED_GATES_DIR, name);
}

/** The playbook's defaults per probe, when no user file has a section for it. */
export const DEFAULT_GATE_FILES: Record<ProbeName, string[]> = {
  load: ['default.gates.yaml'],
  migrate: ['migrate.gates.yaml'],
  web: ['default.gates.yaml'],
  audit: ['default.gates.yaml'],
};

export interface GatePlanRequest {
  /** The user's gate files (config `gates:` or `--gates`), in order. */
  files: readonly string[];
  /** The probes that will run. */
  probes: readonly ProbeName[];
  /** Packaged default files per probe instead of DEFAULT_GATE_FILES (names in gates/). */
  defaults?: Partial<Record<ProbeName, string[]>>;
  /** Gates a probe's own settings add whatever the files say (--headroom, audit policy, budgets). */
  extra?: Partial<Record<ProbeName, GateSpec[]>>;
  /** How the user's gate files are named in messages. */
  filesFlag?: string;
}

export async function planGates(r: GatePlanRequest): Promise<GateSpec[]> {
  const user = [];
  for (const f of r.files) user.push(await loadGateFileSections(f));
  const out: GateSpec[] = [];
  const defaultsCache = new Map<string, Awaited<ReturnType<typeof loadGateFileSections>>>();
  const problems: string[] = [];
  for (const probe of r.probes) {
    const own = user.filter((u) => u.sections.includes(probe));
    let gates: GateSpec[];
    if (own.length) {
      gates = own.flatMap((u) => u.specs.filter((g) => g.probe === probe));
    } else {
      gates = [];
      for (const name of r.defaults?.[probe] ?? DEFAULT_GATE_FILES[probe]) {
        const file = packagedGates(name);
        if (!defaultsCache.has(file)) defaultsCache.set(file, await loadGateFileSections(file));
        gates.push(...defaultsCache.get(file)!.specs.filter((g) => g.probe === probe).map((g) => ({ ...g, fromDefaults: true })));
      }
    }
    gates.push(...(r.extra?.[probe] ?? []));
    if (!gates.length) {
      const where = own.length ? `its section in ${own.map((u) => u.file).join(', ')} is empty` : 'the playbook has no default gate for it';
      problems.push(
        `the ${probe} probe runs but no gate would judge it: ${where}. Add a gate under "${probe}: gates:" (or remove the empty section to use the playbook's defaults)`,
      );
    }
    out.push(...gates);
  }
  const byId = new Map<string, GateSpec>();
  for (const g of out) {
    const other = byId.get(g.id);
    if (other) problems.push(`gate id "${g.id}" is used twice: ${where(other)} and ${where(g)}; ids name gates in annotations and baselines, rename one`);
    else byId.set(g.id, g);
  }
  if (problems.length) throw new UsageError(problems.join('\n'));
  return out;
}

function where(g: GateSpec): string {
  return g.source ? `${g.source.file}${g.source.line ? `:${g.source.line}` : ''}` : `(${g.probe} settings)`;
}
