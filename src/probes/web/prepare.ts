// What a web run reads and checks before anything is measured: every journey file, every
// budget file (their gates join the run's), and page URLs (a relative one needs a site to
// serve it). Every problem is a usage error (exit 2), all of them reported at once.
import type { GateDef } from '../../core/metric.ts';
import { UsageError, errorMessage } from '../../core/errors.ts';
import { loadBudgetFile } from './budget-file.ts';
import { loadJourney } from './journey-file.ts';
import type { Journey } from './journey.ts';
import { planPages, type PlannedPage, type WebConfig } from './web-config.ts';

export interface WebPrepared {
  config: WebConfig;
  /** Every (page, device) to measure, in order. */
  planned: PlannedPage[];
  /** The journey files, loaded and checked. */
  journeys: { file: string; journey: Journey }[];
  /** The budget files' gates, one entry per file. */
  budgets: { file: string; defs: GateDef[] }[];
}

const absolute = (u: string) => /^https?:\/\//.test(u);

export async function prepareWeb(config: WebConfig, where = 'web'): Promise<WebPrepared> {
  const planned = planPages(config);
  const problems: string[] = [];
  const attempt = async <T>(f: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await f();
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      problems.push(errorMessage(err));
      return undefined;
    }
  };
  if (!planned.length && !config.journeys.length) problems.push(`${where}: nothing to measure: pass --url URL (or --journey FILE), or set pages or journeys`);
  const journeys: WebPrepared['journeys'] = [];
  for (const file of config.journeys) {
    const journey = await attempt(() => loadJourney(file));
    if (journey) journeys.push({ file, journey });
  }
  if (!config.site && [...planned.map((p) => p.url), ...journeys.map((j) => j.journey.start)].some((u) => !absolute(u))) {
    problems.push(`${where}: a relative page or journey URL needs a site to serve it (web.site.dir, --site), or write the full URL`);
  }
  const budgets: WebPrepared['budgets'] = [];
  for (const file of config.budgets) {
    const defs = await attempt(() => loadBudgetFile(file));
    if (defs) budgets.push({ file, defs });
  }
  if (problems.length) throw new UsageError(problems.join('\n'));
  return { config, planned, journeys, budgets };
}
