// Gates for `shipgate migrate`: the files given, or the playbook's migration gates
// (gates/migrate.gates.yaml). From the defaults, traffic gates apply only with --traffic:
// without it there is nothing for them to judge, and that is not the user's doing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GateSpec } from '../gates/gate-spec.ts';
import { loadGates, PACKAGE_ROOT } from './common.ts';

export function migrateGatesFile(): string {
  const local = join('gates', 'migrate.gates.yaml');
  return existsSync(local) ? local : join(PACKAGE_ROOT, 'gates', 'migrate.gates.yaml');
}

export async function migrateGates(files: readonly string[], traffic: boolean): Promise<GateSpec[]> {
  if (files.length) return loadGates(files);
  const gates = (await loadGates([migrateGatesFile()])).filter((g) => g.probe === 'migrate');
  return traffic ? gates : gates.filter((g) => !g.metric.startsWith('traffic_'));
}
