/** `runs[i][name]`; a run that lacks the metric leaves null in `values`. */
export function spreadOf(runs, medianRun) {
    const names = new Set(runs.flatMap((r) => Object.keys(r)));
    const out = {};
    for (const name of names) {
        const values = runs.map((r) => r[name] ?? null);
        const present = values.filter((v) => v !== null);
        if (!present.length)
            continue;
        const chosen = medianRun !== undefined ? runs[medianRun]?.[name] : undefined;
        out[name] = {
            median: chosen ?? percentile(present, 50),
            min: Math.min(...present),
            max: Math.max(...present),
            values,
            ...(medianRun === undefined ? { p95: percentile(present, 95) } : {}),
        };
    }
    return out;
}
/** Linear interpolation between closest ranks (the same definition as k6's p(N)). */
export function percentile(values, p) {
    const sorted = [...values].sort((a, b) => a - b);
    if (sorted.length === 1)
        return sorted[0];
    const rank = (p / 100) * (sorted.length - 1);
    const lo = Math.floor(rank);
    const hi = Math.ceil(rank);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}
