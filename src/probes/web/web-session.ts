// Running the web probe inside a RunSession (shared by `shipgate web` and `shipgate run`):
// progress on stderr, then the web gates fanned out per measured page.
import type { RunSession } from '../../runner/session.ts';
import { expandWebGates } from './gate-expand.ts';
import { webProgress } from '../../cli/web-progress.ts';
import { runWebProbe } from './web-probe.ts';
import { planPages, type WebConfig } from './web-config.ts';

export async function runWebWithSession(session: RunSession, config: WebConfig, log = (l: string) => process.stderr.write(l + '\n')): Promise<void> {
  const planned = planPages(config);
  const total = { pageRuns: planned.reduce((n, p) => n + p.runs, 0), journeyRuns: config.journeys.length * config.journeyRuns };
  const journeys = config.journeys.length ? `, ${config.journeys.length} journey(s) × ${config.journeyRuns} runs` : '';
  log(`web: ${planned.length} page×device (${total.pageRuns} Lighthouse runs)${journeys}`);
  session.probes.web = await runWebProbe({ config, signal: session.signal, events: webProgress(total), log });
  const { gates, skipped } = expandWebGates(session.gates, session.probes.web);
  session.gates = gates;
  if (skipped.length) log(`web: ${skipped.length} gates apply to nothing measured here, skipped: ${skipped.map((g) => g.id).join(', ')}`);
}
