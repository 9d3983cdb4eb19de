// Lighthouse's budget.json, which Lighthouse 12 dropped, read into shipgate gate definitions
// (the runner compiles them against the catalog, naming the file when one is wrong):
//
//   [ { "path": "/checkout*", "device": "mobile",              ← device: shipgate's extension
//       "timings":        [ { "metric": "interactive", "budget": 5000 } ],     ms (CLS unitless)
//       "resourceSizes":  [ { "resourceType": "script", "budget": 125 } ],     KB (1024 bytes)
//       "resourceCounts": [ { "resourceType": "third-party", "budget": 0 } ] } ]
//
// `path` is matched as Lighthouse did (prefix, `*` wildcard, `$` end; default "/", i.e. every
// page). One difference: Lighthouse applied only the last matching entry; shipgate applies
// every matching entry, which can only be stricter.
// A gate file (`web: { gates: [...] }`) is accepted under --budget as well.
import { z } from 'zod';
import { loadFile, readRaw } from "../../core/load-file.js";
import { UsageError } from "../../core/errors.js";
import { formatMetricName } from "../../lib/metric-name.js";
const TIMING_METRICS = {
    'first-contentful-paint': 'fcp',
    'largest-contentful-paint': 'lcp',
    interactive: 'tti',
    'total-blocking-time': 'tbt',
    'cumulative-layout-shift': 'cls',
    'speed-index': 'speed_index',
    'first-meaningful-paint': 'fmp',
};
const RESOURCE_TYPES = ['document', 'font', 'image', 'media', 'other', 'script', 'stylesheet', 'third-party', 'total'];
const Budget = z.strictObject({
    path: z.string().startsWith('/', 'a path pattern starts with "/"').default('/'),
    device: z.enum(['desktop', 'mobile']).optional(),
    timings: z.array(z.strictObject({ metric: z.enum(Object.keys(TIMING_METRICS)), budget: z.number().nonnegative() })).optional(),
    resourceSizes: z.array(z.strictObject({ resourceType: z.enum(RESOURCE_TYPES), budget: z.number().nonnegative() })).optional(),
    resourceCounts: z.array(z.strictObject({ resourceType: z.enum(RESOURCE_TYPES), budget: z.number().int().nonnegative() })).optional(),
});
const BudgetFile = z.array(Budget);
// A gate file under --budget: its `web:` section only (metrics and expressions are checked
// when the runner compiles the gates).
const WebGateDef = z.strictObject({
    id: z.string().min(1).optional(),
    metric: z.string().min(1),
    expression: z.string().min(1),
    level: z.enum(['warn', 'fail']).default('fail'),
    optional: z.boolean().optional(),
    description: z.string().optional(),
});
const WebGateFile = z.looseObject({ description: z.string().optional(), web: z.strictObject({ gates: z.array(WebGateDef).default([]) }).optional() });
/** --budget FILE: a budget.json array, or a shipgate gate file with a `web:` section. */
export async function loadBudgetFile(file) {
    const { raw } = await readRaw(file);
    if (!Array.isArray(raw)) {
        const { data } = await loadFile(file, WebGateFile);
        const notWeb = Object.keys(data).filter((k) => k !== 'web' && k !== 'description');
        if (notWeb.length)
            throw new UsageError(`${file}: --budget takes web gates only; found ${notWeb.join(', ')} gates`);
        return data.web?.gates ?? [];
    }
    const { data } = await loadFile(file, BudgetFile);
    const defs = [];
    data.forEach((b, i) => {
        const tags = { url: b.path, ...(b.device ? { device: b.device } : {}) };
        const add = (kind, j, base, extra, budget) => {
            const metric = formatMetricName({ base, tags: { ...extra, ...tags } });
            defs.push({ id: `budget[${i}].${kind}[${j}]`, metric, expression: `med<=${budget}`, level: 'fail' });
        };
        for (const [j, t] of (b.timings ?? []).entries())
            add('timings', j, TIMING_METRICS[t.metric], {}, t.budget);
        for (const [j, r] of (b.resourceSizes ?? []).entries())
            add('resourceSizes', j, 'resource_kb', { type: r.resourceType }, r.budget);
        for (const [j, r] of (b.resourceCounts ?? []).entries())
            add('resourceCounts', j, 'resource_count', { type: r.resourceType }, r.budget);
    });
    return defs;
}
