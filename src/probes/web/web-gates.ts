// The checks a web run needs before anything is measured (a bad journey or budget file, a
// relative URL with no site to serve it: exit 2), and the gates its --budget files add.
import type { GateSpec } from '../../gates/gate-spec.ts';
import { UsageError } from '../../core/errors.ts';
import { loadBudgetFile } from './budget-file.ts';
import { loadJourney } from './journey-file.ts';
import { planPages, type WebConfig } from './web-config.ts';

/** Validates the web section's files and URLs up front; returns its budget gates. */
export async function prepareWebRun(config: WebConfig): Promise<GateSpec[]> {
  const starts: string[] = [];
  for (const file of config.journeys) starts.push((await loadJourney(file)).start);
  if (!config.site && [...planPages(config).map((p) => p.url), ...starts].some((u) => !/^https?:\/\//.test(u))) {
    throw new UsageError('web: a relative page or journey URL needs a site to serve it (web.site.dir), or write the full URL');
  }
  const gates: GateSpec[] = [];
  for (const b of config.budgets) gates.push(...(await loadBudgetFile(b)));
  return gates;
}
