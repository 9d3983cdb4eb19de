export function mergeSummaries(list) {
    if (list.length === 0)
        throw new Error('mergeSummaries: nothing to merge');
    if (list.length === 1)
        return { ...list[0], runners: 1, percentiles: 'exact' };
    const names = new Set(list.flatMap((s) => Object.keys(s.metrics)));
    const metrics = {};
    for (const name of names) {
        const parts = list.map((s) => s.metrics[name]).filter((m) => !!m);
        metrics[name] = mergeMetric(parts, name, list);
    }
    const durations = list.map((s) => s.testRunDurationMs).filter((d) => d !== undefined);
    const plans = list.map((s) => s.plan).filter((p) => p !== undefined);
    return {
        format: list[0].format,
        metrics,
        thresholds: list.flatMap((s, i) => s.thresholds.map((t) => ({ ...t, runner: i + 1 }))),
        ...(durations.length ? { testRunDurationMs: Math.max(...durations) } : {}),
        ...(plans.length ? { plan: plans[0] } : {}),
        runners: list.length,
        percentiles: 'upper-bound',
    };
}
function mergeMetric(parts, name, all) {
    const type = parts[0].type;
    const sum = (k) => parts.reduce((a, m) => a + (m.values[k] ?? 0), 0);
    const has = (k) => parts.some((m) => m.values[k] !== undefined);
    const values = {};
    switch (type) {
        case 'counter':
            values.count = sum('count');
            // Runners run side by side for the same time, so their rates add up.
            if (has('rate'))
                values.rate = sum('rate');
            break;
        case 'rate': {
            values.passes = sum('passes');
            values.fails = sum('fails');
            const n = values.passes + values.fails;
            values.rate = n > 0 ? values.passes / n : 0;
            break;
        }
        case 'gauge':
            // vus / vus_max: each runner holds its segment, so the whole test had the sum.
            for (const k of ['value', 'min', 'max'])
                if (has(k))
                    values[k] = sum(k);
            break;
        case 'trend': {
            const keys = new Set(parts.flatMap((m) => Object.keys(m.values)));
            for (const k of keys) {
                const vs = parts.map((m) => m.values[k]).filter((v) => v !== undefined);
                if (k === 'min')
                    values.min = Math.min(...vs);
                else if (k === 'avg')
                    values.avg = weightedAvg(parts, name, all);
                else
                    values[k] = Math.max(...vs); // max exact; med and p(N) upper bounds
            }
            break;
        }
    }
    return { type, values };
}
/** An HTTP trend's mean weighted by each runner's request count (same sub-metric tags). */
function weightedAvg(parts, name, all) {
    const countName = name.startsWith('http_req_') ? name.replace(/^http_req_[a-z_]+/, 'http_reqs') : undefined;
    const weights = all.map((s) => (countName ? s.metrics[countName]?.values.count : undefined));
    const rows = all.map((s, i) => ({ avg: s.metrics[name]?.values.avg, w: weights[i] }));
    const usable = rows.filter((r) => r.avg !== undefined && r.w !== undefined);
    const total = usable.reduce((a, r) => a + r.w, 0);
    if (usable.length === parts.length && total > 0)
        return usable.reduce((a, r) => a + r.avg * r.w, 0) / total;
    const avgs = parts.map((m) => m.values.avg).filter((v) => v !== undefined);
    return avgs.reduce((a, b) => a + b, 0) / avgs.length;
}
