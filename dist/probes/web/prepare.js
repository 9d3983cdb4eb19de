import { UsageError, errorMessage } from "../../core/errors.js";
import { loadBudgetFile } from "./budget-file.js";
import { loadJourney } from "./journey-file.js";
import { planPages } from "./web-config.js";
const absolute = (u) => /^https?:\/\//.test(u);
export async function prepareWeb(config, where = 'web') {
    const planned = planPages(config);
    const problems = [];
    const attempt = async (f) => {
        try {
            return await f();
        }
        catch (err) {
            if (!(err instanceof UsageError))
                throw err;
            problems.push(errorMessage(err));
            return undefined;
        }
    };
    if (!planned.length && !config.journeys.length)
        problems.push(`${where}: nothing to measure: pass --url URL (or --journey FILE), or set pages or journeys`);
    const journeys = [];
    for (const file of config.journeys) {
        const journey = await attempt(() => loadJourney(file));
        if (journey)
            journeys.push({ file, journey });
    }
    if (!config.site && [...planned.map((p) => p.url), ...journeys.map((j) => j.journey.start)].some((u) => !absolute(u))) {
        problems.push(`${where}: a relative page or journey URL needs a site to serve it (web.site.dir, --site), or write the full URL`);
    }
    const budgets = [];
    for (const file of config.budgets) {
        const defs = await attempt(() => loadBudgetFile(file));
        if (defs)
            budgets.push({ file, defs });
    }
    if (problems.length)
        throw new UsageError(problems.join('\n'));
    return { config, planned, journeys, budgets };
}
