import { expandWebGates } from "./gate-expand.js";
import { webProgress } from "../../cli/web-progress.js";
import { runWebProbe } from "./web-probe.js";
import { planPages } from "./web-config.js";
export async function runWebWithSession(session, config, log = (l) => process.stderr.write(l + '\n')) {
    const planned = planPages(config);
    const total = { pageRuns: planned.reduce((n, p) => n + p.runs, 0), journeyRuns: config.journeys.length * config.journeyRuns };
    const journeys = config.journeys.length ? `, ${config.journeys.length} journey(s) × ${config.journeyRuns} runs` : '';
    log(`web: ${planned.length} page×device (${total.pageRuns} Lighthouse runs)${journeys}`);
    session.probes.web = await runWebProbe({ config, signal: session.signal, events: webProgress(total), log });
    const { gates, skipped } = expandWebGates(session.gates, session.probes.web);
    session.gates = gates;
    if (skipped.length)
        log(`web: ${skipped.length} gates apply to nothing measured here, skipped: ${skipped.map((g) => g.id).join(', ')}`);
}
