import { ProbeError, UsageError, errorMessage } from "../../core/errors.js";
import { findBrowser } from "./browser-path.js";
import { LighthouseBrowser } from "./lighthouse-browser.js";
import { measurePage } from "./page-runs.js";
import { launchPlaywright, runJourney } from "./journey-runner.js";
import { startSite } from "./site-server.js";
import { planPages } from "./web-config.js";
import { prepareWeb } from "./prepare.js";
import { checkReachable } from "../../core/reachability.js";
import { redactUrl } from "../../core/allow-host.js";
export async function runWebProbe(o) {
    const c = o.config;
    // Without prepare's journeys, check everything here: a bad file is a usage error (exit 2).
    const journeys = o.journeys ?? (await prepareWeb(c)).journeys;
    const planned = planPages(c);
    const pages = [];
    const probe = { status: 'ok', pages, ...(journeys.length ? { journeys: [] } : {}) };
    const partial = () => o.onPartial?.({ ...probe, pages: [...pages], ...(probe.journeys ? { journeys: [...probe.journeys] } : {}) });
    let site;
    let lh;
    try {
        const browser = await (o.findBrowser ?? findBrowser)();
        probe.browser = { path: browser.path, source: browser.source };
        o.events?.browser?.(browser);
        if (c.site) {
            site = await startSite(c.site.dir, c.site.routes);
            o.log?.(`serving ${c.site.dir} at ${site.url}`);
        }
        const base = site?.url ?? 'http://127.0.0.1/';
        const cookies = [];
        if (journeys.length) {
            const pw = await launchPlaywright(browser.path);
            // Ctrl-C closes the browser under a journey run, so a hung step ends now, not at its timeout.
            const stopJourneys = () => void pw.close().catch(() => { });
            o.signal?.addEventListener('abort', stopJourneys, { once: true });
            try {
                probe.browser.version = pw.version();
                for (const { file, journey } of journeys) {
                    if (o.signal?.aborted)
                        break;
                    o.events?.journeyStart?.(journey.name, c.journeyRuns);
                    const { result, cookies: got } = await runJourney(pw, {
                        journey,
                        file,
                        baseUrl: base,
                        runs: c.journeyRuns,
                        ...(o.signal ? { signal: o.signal } : {}),
                        onRun: (run, ok) => o.events?.journeyRun?.(journey.name, run, c.journeyRuns, ok),
                    });
                    probe.journeys.push(result);
                    cookies.push(...got);
                    o.events?.journeyDone?.(result);
                    partial();
                }
            }
            finally {
                o.signal?.removeEventListener('abort', stopJourneys);
                await pw.close().catch(() => { });
            }
        }
        if (planned.length && !o.signal?.aborted) {
            lh = await LighthouseBrowser.launch(browser.path);
            const stop = () => void lh?.close();
            o.signal?.addEventListener('abort', stop, { once: true });
            try {
                for (const [index, { url: page, device, runs }] of planned.entries()) {
                    // A crashed browser fails every page after it at once: stop, the reason is already recorded.
                    if (o.signal?.aborted || lh.crashed)
                        break;
                    const url = new URL(page, base).href;
                    o.events?.pageStart?.(url, device, runs, index, planned.length);
                    const done = (p) => {
                        pages.push(p);
                        o.events?.pageDone?.(p);
                        partial();
                    };
                    const header = cookieHeader(cookies, url);
                    // One plain request first: a page that is down is one clear line, not N Lighthouse errors.
                    const down = await unreachable(url, header, c.pageTimeout, o.signal);
                    if (down) {
                        done({ status: 'error', message: down, url: redactUrl(url), device, runs: 0, metrics: {} });
                        continue;
                    }
                    done(await measurePage(lh, {
                        url,
                        device,
                        runs,
                        pageTimeoutMs: c.pageTimeout,
                        ...(header ? { extraHeaders: { Cookie: header }, cookiesFrom: journeysWithLogin(journeys) } : {}),
                        ...(o.signal ? { signal: o.signal } : {}),
                        onRun: (run, ms) => o.events?.pageRun?.(url, device, run, runs, ms),
                    }));
                }
            }
            finally {
                o.signal?.removeEventListener('abort', stop);
            }
        }
        return withStatus(probe, o.signal);
    }
    catch (err) {
        if (err instanceof UsageError)
            throw err;
        const message = err instanceof ProbeError ? err.message : `unexpected failure: ${errorMessage(err)}`;
        return { ...probe, status: 'error', message };
    }
    finally {
        await lh?.close().catch(() => { });
        await site?.close();
    }
}
/** The probe fails closed when any page or journey could not be measured, or it was stopped. */
function withStatus(probe, signal) {
    const failed = [...(probe.pages ?? []), ...(probe.journeys ?? [])].filter((x) => x.status === 'error');
    if (signal?.aborted)
        return { ...probe, status: 'error', message: `stopped before the web runs finished: ${errorMessage(signal.reason)}` };
    if (failed.length) {
        const first = failed[0];
        const what = 'device' in first ? `${first.device} ${first.url}` : `journey ${first.name}`;
        return { ...probe, status: 'error', message: `${failed.length} could not be measured; ${what}: ${first.message ?? 'failed'}` };
    }
    return probe;
}
/** Cookie header for a page: the login cookies whose domain covers the page's host. */
export function cookieHeader(cookies, url) {
    const host = new URL(url).hostname;
    const match = cookies.filter((c) => {
        const d = c.domain.replace(/^\./, '');
        return host === d || host.endsWith(`.${d}`);
    });
    return match.length ? match.map((c) => `${c.name}=${c.value}`).join('; ') : undefined;
}
async function unreachable(url, cookie, timeoutMs, signal) {
    try {
        await checkReachable(url, { method: 'GET', path: url, headers: cookie ? { cookie } : {} }, timeoutMs, signal);
        return undefined;
    }
    catch (err) {
        return errorMessage(err);
    }
}
function journeysWithLogin(journeys) {
    return journeys
        .filter((j) => j.journey.login)
        .map((j) => j.journey.name)
        .join(', ');
}
