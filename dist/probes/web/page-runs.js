// N Lighthouse runs of one page on one device, one after another in the shared browser, then
// Lighthouse's own median-run pick (closest to the median FCP and TTI) and each metric's spread.
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { errorMessage } from "../../core/errors.js";
import { redactUrl } from "../../core/allow-host.js";
import { lhrMetrics } from "./lhr-metrics.js";
import { spreadOf } from "./spread.js";
export async function measurePage(browser, o) {
    const lhrs = [];
    const runMs = [];
    const base = { url: redactUrl(o.url), device: o.device, ...(o.cookiesFrom ? { cookiesFrom: o.cookiesFrom } : {}) };
    let failure;
    for (let i = 0; i < o.runs && !o.signal?.aborted; i++) {
        const t0 = performance.now();
        try {
            lhrs.push(await browser.run(o.url, o.device, o.extraHeaders, o.pageTimeoutMs));
        }
        catch (err) {
            // A failed run makes the page's numbers incomplete: fail closed, keep what ran. When the
            // run was cut short by Ctrl-C (the browser is closed under it) say so, not the CDP error.
            failure = o.signal?.aborted ? `stopped during run ${i + 1}/${o.runs}: ${errorMessage(o.signal.reason)}` : `run ${i + 1}/${o.runs}: ${errorMessage(err)}`;
            break;
        }
        runMs.push(Math.round(performance.now() - t0));
        o.onRun?.(i + 1, runMs[i]);
    }
    const perRun = lhrs.map(lhrMetrics);
    let medianRun;
    if (lhrs.length) {
        try {
            medianRun = lhrs.indexOf(computeMedianRun(lhrs));
        }
        catch {
            medianRun = undefined; // FCP or TTI missing in a run: fall back to per-metric medians.
        }
    }
    const warnings = [...new Set(lhrs.flatMap((l) => l.runWarnings))];
    const page = {
        ...base,
        status: 'ok',
        runs: lhrs.length,
        ...(medianRun !== undefined ? { medianRun } : {}),
        metrics: spreadOf(perRun, medianRun),
        runMs,
        ...(lhrs[0] ? { lighthouseVersion: lhrs[0].lighthouseVersion } : {}),
        ...(warnings.length ? { warnings } : {}),
    };
    if (failure)
        return { ...page, status: 'error', message: failure };
    if (lhrs.length < o.runs)
        return { ...page, status: 'error', message: `stopped after ${lhrs.length} of ${o.runs} runs` };
    return page;
}
