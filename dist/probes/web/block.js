// result.json's "web" block: Lighthouse pages per device and Playwright journeys. PRODUCT.md
// fixes `pages[].{url, device, runs, metrics.<name>.{median, min, max}}`; the rest extends it.
import { z } from 'zod';
/** One metric over N runs. For Lighthouse pages `median` is the value in the median run
 * (Lighthouse's computeMedianRun); `values` keeps every run in order. */
export const MetricSpread = z.object({
    median: z.number(),
    min: z.number(),
    max: z.number(),
    values: z.array(z.number().nullable()),
    p95: z.number().optional(),
});
export const WebDevice = z.enum(['desktop', 'mobile']);
export const WebPage = z.object({
    status: z.enum(['ok', 'error']).default('ok'),
    message: z.string().optional(),
    url: z.string(),
    device: WebDevice,
    /** Runs that produced a result. */
    runs: z.number().int(),
    /** Index (0-based) of the run Lighthouse's median-run logic picked. */
    medianRun: z.number().int().optional(),
    metrics: z.record(z.string(), MetricSpread),
    /** Per-run wall time, ms. */
    runMs: z.array(z.number()).optional(),
    lighthouseVersion: z.string().optional(),
    warnings: z.array(z.string()).optional(),
    /** Cookies handed over from a journey's login (names only, never values). */
    cookiesFrom: z.string().optional(),
});
export const WebJourney = z.object({
    status: z.enum(['ok', 'error']).default('ok'),
    message: z.string().optional(),
    name: z.string(),
    file: z.string(),
    url: z.string(),
    runs: z.number().int(),
    /** Custom metrics from marks, ms: median is p50, plus p95. */
    metrics: z.record(z.string(), MetricSpread),
    runErrors: z.array(z.string()).optional(),
});
export const WebProbe = z.object({
    status: z.enum(['ok', 'error']).default('ok'),
    message: z.string().optional(),
    browser: z.object({ path: z.string(), source: z.string(), version: z.string().optional() }).optional(),
    /** Absent when the probe failed before measuring any page (e.g. no browser). */
    pages: z.array(WebPage).optional(),
    journeys: z.array(WebJourney).optional(),
});
