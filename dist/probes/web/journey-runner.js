// Runs a journey N times in Playwright (playwright-core driving the same Chromium Lighthouse
// uses), each run in a fresh context, and turns its marks into per-run metrics and p50/p95.
import { chromium } from 'playwright-core';
import { track } from "../../core/reaper.js";
import { ProbeError, errorMessage } from "../../core/errors.js";
import { playwrightChromeArgs } from "./chrome-flags.js";
import { spreadOf } from "./spread.js";
/**
 * Chromium for journeys, through Playwright's browser server so shipgate knows the browser's
 * process (group) and the watchdog can stop it if shipgate dies without closing it.
 */
export async function launchPlaywright(executablePath) {
    let server;
    try {
        // Signals are the RunSession's: Playwright's own SIGINT handler would exit(130) before
        // the partial result.json is written. The session's abort closes this browser instead.
        server = await chromium.launchServer({
            executablePath,
            args: playwrightChromeArgs(),
            headless: true,
            timeout: 30_000,
            handleSIGINT: false,
            handleSIGTERM: false,
            handleSIGHUP: false,
        });
        const proc = server.process();
        // Its profile folder is Playwright's; the watchdog removes it too if shipgate dies.
        const profile = proc.spawnargs.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length);
        const untrack = track({ group: proc.pid, ...(profile ? { dir: profile } : {}) });
        const browser = await chromium.connect(server.wsEndpoint(), { timeout: 30_000 });
        const s = server;
        const close = browser.close.bind(browser);
        // Closing the connection alone would leave the browser running: close the server with it.
        browser.close = async () => {
            await close().catch(() => { });
            await s.close().catch(() => { });
            untrack();
        };
        return browser;
    }
    catch (err) {
        await server?.close().catch(() => { });
        throw new ProbeError(`could not start Chromium for journeys at ${executablePath}: ${errorMessage(err)}`);
    }
}
export async function runJourney(browser, o) {
    const j = o.journey;
    const url = new URL(j.start, o.baseUrl).href;
    const timeoutMs = j.timeoutMs ?? 30_000;
    let cookies = [];
    const base = { name: j.name, file: o.file, url };
    if (j.login) {
        try {
            cookies = await inContext(browser, [], timeoutMs, (page) => j.login({ page, baseUrl: o.baseUrl }), true);
        }
        catch (err) {
            return { cookies, result: { ...base, status: 'error', message: `login failed: ${oneLine(errorMessage(err))}`, runs: 0, metrics: {} } };
        }
    }
    const perRun = [];
    const runErrors = [];
    for (let i = 0; i < o.runs && !o.signal?.aborted; i++) {
        const marks = new Map();
        try {
            await inContext(browser, cookies, timeoutMs, async (page) => {
                await page.goto(url, { waitUntil: 'load' });
                await j.steps({
                    page,
                    baseUrl: o.baseUrl,
                    mark: (m) => {
                        if (!j.marks.includes(m))
                            throw new Error(`mark "${m}" is not declared in marks`);
                        marks.set(m, performance.now());
                    },
                });
            });
            perRun.push(metricsOf(j, marks));
            o.onRun?.(i + 1, true);
        }
        catch (err) {
            runErrors.push(`run ${i + 1}: ${oneLine(errorMessage(err))}`);
            o.onRun?.(i + 1, false);
        }
    }
    const metrics = spreadOf(perRun);
    const result = { ...base, status: 'ok', runs: perRun.length, metrics, ...(runErrors.length ? { runErrors } : {}) };
    // Any failed run fails closed: a journey that sometimes breaks has no honest p95.
    if (runErrors.length)
        return { cookies, result: { ...result, status: 'error', message: `${runErrors.length} of ${o.runs} runs failed; ${runErrors[0]}` } };
    if (perRun.length < o.runs)
        return { cookies, result: { ...result, status: 'error', message: `stopped after ${perRun.length} of ${o.runs} runs` } };
    return { cookies, result };
}
/** Playwright errors span lines (a call log); keep what they say, on one line. */
function oneLine(message) {
    const lines = message.split('\n').map((l) => l.trim().replace(/^- /, ''));
    const kept = lines.filter((l) => l && l !== 'Call log:' && !/^=+/.test(l));
    const text = kept.join('; ');
    return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
function metricsOf(j, marks) {
    const out = {};
    for (const [name, [from, to]] of Object.entries(j.metrics)) {
        const a = marks.get(from);
        const b = marks.get(to);
        if (a === undefined || b === undefined)
            throw new Error(`metric ${name}: mark "${a === undefined ? from : to}" was never reached`);
        out[name] = Math.round((b - a) * 10) / 10;
    }
    return out;
}
/** A fresh context per run, closed whatever happens; returns its cookies when asked. */
async function inContext(browser, cookies, timeoutMs, fn, wantCookies = false) {
    const context = await browser.newContext();
    try {
        if (cookies.length)
            await context.addCookies(cookies);
        const page = await context.newPage();
        page.setDefaultTimeout(Math.min(timeoutMs, 10_000));
        let timer;
        await Promise.race([
            fn(page),
            new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error(`journey run took over ${timeoutMs / 1000} s`)), timeoutMs);
            }),
        ]).finally(() => clearTimeout(timer));
        return wantCookies ? await context.cookies() : [];
    }
    finally {
        await context.close().catch(() => { });
    }
}
