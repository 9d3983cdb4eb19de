// Gates for `shipgate migrate`: the files given, or the playbook's migration gates
// (gates/migrate.gates.yaml, plus gates/migrate-traffic.gates.yaml with --traffic).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GateSpec } from '../gates/gate-spec.ts';
import { loadGates, PACKAGE_ROOT } from './common.ts';

function gatesFile(name: string): string {
  const local = join('gates', name);
  return existsSync(local) ? local : join(PACKAGE_ROOT, 'gates', name);
}

export async function migrateGates(files: readonly string[], traffic: boolean): Promise<GateSpec[]> {
  if (files.length) return loadGates(files, 'migrate');
  const defaults = [gatesFile('migrate.gates.yaml'), ...(traffic ? [gatesFile('migrate-traffic.gates.yaml')] : [])];
  return loadGates(defaults, 'migrate');
}
