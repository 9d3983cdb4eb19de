// The `web:` section of shipgate.config.* and the `shipgate web` flags that set it, and the
// plan of pages it makes: every page on every device.
import { z } from 'zod';
import { InvalidArgumentError } from 'commander';
import { DurationMs } from "../../lib/duration.js";
import { positiveNumber } from "../../core/flags.js";
import { WebDevice } from "./block.js";
export const WebConfig = z.strictObject({
    /** A bundled site shipgate serves on a loopback port for the run; page URLs may be relative to it. */
    site: z.strictObject({ dir: z.string().min(1), routes: z.string().min(1).optional() }).optional(),
    /** Pages for Lighthouse: absolute URLs, or paths on the site; an object overrides devices/runs. */
    pages: z
        .array(z.union([
        z.string().min(1),
        z.strictObject({ url: z.string().min(1), devices: z.array(WebDevice).min(1).optional(), runs: z.number().int().positive().max(50).optional() }),
    ]))
        .default([]),
    devices: z.array(WebDevice).min(1).default(['desktop', 'mobile']),
    /** Lighthouse runs per page and device. */
    runs: z.number().int().positive().max(50).default(5),
    /** scenarios/*.journey.ts files. */
    journeys: z.array(z.string().min(1)).default([]),
    journeyRuns: z.number().int().positive().max(200).default(5),
    /** How long a page may take to load (Lighthouse's maxWaitForLoad) before its run fails. */
    pageTimeout: DurationMs.default(45_000),
    /** budget.json or web gate files, judged with the config's gate files. */
    budgets: z.array(z.string().min(1)).default([]),
});
/** Every (page, device) to measure, in order: page by page, each on every device. */
export function planPages(c) {
    return c.pages.flatMap((p) => {
        const page = typeof p === 'string' ? { url: p } : p;
        return (page.devices ?? c.devices).map((device) => ({ url: page.url, device, runs: page.runs ?? c.runs }));
    });
}
// Repeatable flags collect into a list (commander starts them at undefined).
const append = (v, prev) => [...(prev ?? []), v];
const DEVICES = WebDevice.options;
const device = (v, prev) => {
    if (!DEVICES.includes(v))
        throw new InvalidArgumentError(`"${v}": choose ${DEVICES.join(' or ')}`);
    const seen = prev ?? [];
    return seen.includes(v) ? seen : [...seen, v];
};
export const WEB_FLAGS = {
    pages: { flags: '--url <url>', description: 'a page to measure (repeatable); a path when --site is given', path: 'pages', repeatable: true, parse: append },
    runs: { flags: '--runs <n>', description: 'Lighthouse runs per page and device (median run + spread; default 5)', path: 'runs', parse: positiveNumber },
    devices: {
        flags: '--device <device>',
        description: 'desktop or mobile (repeatable; default both)',
        path: 'devices',
        repeatable: true,
        choices: DEVICES,
        parse: device,
    },
    budgets: { flags: '--budget <file>', description: 'budget.json or a web gate file (repeatable)', path: 'budgets', repeatable: true, parse: append },
    journeys: { flags: '--journey <file>', description: 'a scenarios/*.journey.ts file (repeatable)', path: 'journeys', repeatable: true, parse: append },
    journeyRuns: { flags: '--journey-runs <n>', description: 'runs per journey (p50/p95; default 5)', path: 'journeyRuns', parse: positiveNumber },
    site: { flags: '--site <dir>', description: 'serve this folder on a loopback port; --url may then be a path', path: 'site.dir' },
    pageTimeout: { flags: '--page-timeout <d>', description: 'how long a page may take to load before its run fails (default 45s)', path: 'pageTimeout' },
};
