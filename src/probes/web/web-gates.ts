// The gates a web run is judged by: the gate files' web section plus --budget files.
import { loadGates } from '../../cli/common.ts';
import type { GateSpec } from '../../gates/gate-spec.ts';
import { loadBudgetFile } from './budget-file.ts';

export async function webGates(gateFiles: readonly string[], budgets: readonly string[]): Promise<GateSpec[]> {
  const gates = (await loadGates(gateFiles)).filter((g) => g.probe === 'web');
  for (const b of budgets) gates.push(...(await loadBudgetFile(b)));
  return gates;
}
