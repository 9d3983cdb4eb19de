export class SummaryShapeError extends Error {
    name = 'SummaryShapeError';
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Reads either summary shape; throws SummaryShapeError naming what is wrong. */
export function parseK6Summary(raw) {
    if (!isObj(raw) || !isObj(raw.metrics)) {
        throw new SummaryShapeError('not a k6 summary: no "metrics" object at the top level');
    }
    const entries = Object.entries(raw.metrics);
    const handle = entries.some(([, m]) => isObj(m) && isObj(m.values) && typeof m.type === 'string');
    const format = handle ? 'handle-summary' : 'summary-export';
    const metrics = {};
    const thresholds = [];
    for (const [name, m] of entries) {
        if (!isObj(m))
            throw new SummaryShapeError(`metrics.${name}: expected an object`);
        const values = numbers(handle ? m.values : m);
        const type = handle ? metricType(m.type, name) : inferType(values, name);
        metrics[name] = { type, values };
        if (isObj(m.thresholds)) {
            for (const [expression, v] of Object.entries(m.thresholds)) {
                thresholds.push({ metric: name, expression, ok: thresholdOk(v, handle, `${name}.thresholds["${expression}"]`) });
            }
        }
    }
    const state = isObj(raw.state) ? raw.state : undefined;
    return {
        format,
        metrics,
        thresholds,
        ...(typeof state?.testRunDurationMs === 'number' ? { testRunDurationMs: state.testRunDurationMs } : {}),
        ...(raw.shipgate !== undefined ? { plan: raw.shipgate } : {}),
    };
}
function thresholdOk(v, handle, where) {
    if (handle) {
        if (isObj(v) && typeof v.ok === 'boolean')
            return v.ok;
        throw new SummaryShapeError(`metrics.${where}: expected {"ok": true|false}`);
    }
    // Legacy export: the boolean says whether the threshold was crossed.
    if (typeof v === 'boolean')
        return !v;
    throw new SummaryShapeError(`metrics.${where}: expected true (crossed) or false (passed)`);
}
function numbers(o) {
    const out = {};
    if (!isObj(o))
        return out;
    for (const [k, v] of Object.entries(o))
        if (typeof v === 'number' && Number.isFinite(v))
            out[k] = v;
    return out;
}
function metricType(t, name) {
    if (t === 'trend' || t === 'rate' || t === 'counter' || t === 'gauge')
        return t;
    throw new SummaryShapeError(`metrics.${name}.type: "${String(t)}" is not a k6 metric type`);
}
/** The legacy export has no type field: the stats a metric carries say what it is. */
function inferType(v, name) {
    if ('passes' in v && 'fails' in v)
        return 'rate';
    if ('count' in v)
        return 'counter';
    if ('avg' in v || 'med' in v || Object.keys(v).some((k) => k.startsWith('p(')))
        return 'trend';
    if ('value' in v)
        return 'gauge';
    throw new SummaryShapeError(`metrics.${name}: cannot tell its k6 metric type from ${JSON.stringify(Object.keys(v))}`);
}
/** A Rate metric's rate: handleSummary has `rate`, the legacy export `value`. */
export function rateOf(m) {
    if (!m)
        return undefined;
    if (m.values.rate !== undefined)
        return m.values.rate;
    if (m.values.value !== undefined)
        return m.values.value;
    const n = (m.values.passes ?? 0) + (m.values.fails ?? 0);
    return n > 0 ? (m.values.passes ?? 0) / n : undefined;
}
