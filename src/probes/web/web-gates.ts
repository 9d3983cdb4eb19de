// The gates a web run is judged by: the gate files' web section plus --budget files; and the
// checks that must pass before anything is measured (a bad journey file is exit 2).
import { loadGates } from '../../cli/common.ts';
import type { GateSpec } from '../../gates/gate-spec.ts';
import { loadBudgetFile } from './budget-file.ts';
import { loadJourney } from './journey-file.ts';
import type { WebConfig } from './web-config.ts';

export async function webGates(gateFiles: readonly string[], budgets: readonly string[]): Promise<GateSpec[]> {
  const gates = await loadGates(gateFiles, 'web');
  for (const b of budgets) gates.push(...(await loadBudgetFile(b)));
  return gates;
}

/** For `shipgate run`: validate the web section's files up front; returns its budget gates. */
export async function prepareWebRun(config: WebConfig): Promise<GateSpec[]> {
  for (const file of config.journeys) await loadJourney(file);
  const gates: GateSpec[] = [];
  for (const b of config.budgets) gates.push(...(await loadBudgetFile(b)));
  return gates;
}
