// Projection to production size: per statement, duration against the rows of the table that
// drives it, fitted over the sizes run, then read at the production row count with a 95%
// prediction interval. A statement that never took long (under CONSTANT_MS at every size)
// and does not follow rows is projected as its largest measurement: its time is overhead.
// Any other fit with r² < MIN_R2 is reported as too poor to trust, unless even its upper
// bound is negligible.
import { linearRegression, rSquared } from 'simple-statistics';
import { MODE_RANK } from "./lock-ledger.js";
const CONSTANT_MS = 50;
export const MIN_R2 = 0.9;
const NEGLIGIBLE_MS = 1000;
// Student t, two-sided 95%, by degrees of freedom (1..30); above 30 about 2.
const T95 = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069,
    2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
/** Least squares duration = a + b·rows, read at x0 with a 95% prediction interval. */
export function fitAndPredict(points, x0) {
    const maxY = Math.max(...points.map((p) => p.durationMs));
    const maxX = Math.max(...points.map((p) => p.rows));
    // Fast at every size and not clearly growing with rows: its time is overhead, not rows.
    const constant = maxY < CONSTANT_MS && x0 <= maxX * 10 ? { model: 'constant', r2: null, ms: r(maxY), low: 0, high: r(maxY * 2 + 10), trusted: true } : undefined;
    const distinct = new Set(points.map((p) => p.rows)).size;
    if (distinct < 3) {
        if (constant)
            return constant;
        const line = distinct === 2 ? linearRegression(points.map((p) => [p.rows, p.durationMs])) : { m: 0, b: maxY };
        const ms = Math.max(0, line.b + line.m * x0);
        return {
            model: 'linear',
            r2: null,
            ms: r(ms),
            low: r(ms),
            high: r(ms),
            trusted: false,
            untrustedReason: `fitted on ${distinct} size${distinct === 1 ? '' : 's'}; run at least 3 (--scale 0.1,0.3,1)`,
        };
    }
    const xy = points.map((p) => [p.rows, p.durationMs]);
    const line = linearRegression(xy);
    const f = (x) => line.b + line.m * x;
    const r2 = rSquared(xy, f);
    const n = xy.length;
    const meanX = xy.reduce((s, [x]) => s + x, 0) / n;
    const sxx = xy.reduce((s, [x]) => s + (x - meanX) ** 2, 0);
    const sse = xy.reduce((s, [x, y]) => s + (y - f(x)) ** 2, 0);
    const se = Math.sqrt(sse / (n - 2));
    const t = T95[n - 3] ?? 1.96;
    const half = t * se * Math.sqrt(1 + 1 / n + (x0 - meanX) ** 2 / sxx);
    const ms = Math.max(0, f(x0));
    const fit = { model: 'linear', r2: Math.round(r2 * 1000) / 1000, ms: r(ms), low: r(Math.max(0, ms - half)), high: r(ms + half), trusted: true };
    if (r2 >= MIN_R2 && line.m > 0)
        return fit;
    if (constant)
        return constant;
    // A poor fit matters only when it could move a gate: an upper bound under a second is kept.
    if (fit.high < NEGLIGIBLE_MS)
        return fit;
    const why = line.m <= 0 ? 'it falls as rows grow' : `r² ${r2.toFixed(2)} < ${MIN_R2}`;
    return { ...fit, trusted: false, untrustedReason: `duration does not follow rows (${why}): the measurements are noise at these sizes` };
}
/** The table driving a statement: the largest one it locked or rewrote. */
function drivingTable(run, mi, si) {
    const s = run.migrations[mi]?.statements[si];
    if (!s)
        return null;
    const names = new Set([...s.rewrote, ...s.locks.filter((l) => (MODE_RANK[l.mode] ?? 0) >= 1).map((l) => l.relation)]);
    let best = null;
    for (const n of names)
        if (run.dataset[n] !== undefined && (best === null || run.dataset[n] > run.dataset[best]))
            best = n;
    return best;
}
/** Project every statement of the largest run to `prodRows` (tables not named keep their size). */
export function project(runs, prodRows) {
    const last = runs[runs.length - 1];
    if (!last || runs.length < 2)
        return undefined;
    const statements = [];
    last.migrations.forEach((m, mi) => {
        if (m.status !== 'ok')
            return;
        m.statements.forEach((s, si) => {
            const table = drivingTable(last, mi, si);
            // One point per size: its best time over repeats (machine noise only adds time).
            const points = runs.flatMap((run) => {
                const st = run.migrations[mi]?.statements[si];
                return st ? [{ rows: table ? (run.dataset[table] ?? 0) : run.scale, durationMs: st.durationMs }] : [];
            });
            const measuredX = table ? last.dataset[table] : last.scale;
            const x0 = table ? (prodRows[table] ?? measuredX) : measuredX;
            const fit = fitAndPredict(points, x0);
            statements.push({
                file: m.file,
                statement: si,
                sql: s.sql.length > 200 ? s.sql.slice(0, 200) + '…' : s.sql,
                table,
                points,
                prodRows: table ? x0 : null,
                model: fit.model,
                r2: fit.r2,
                estimate: { ms: fit.ms, low: fit.low, high: fit.high },
                trusted: fit.trusted,
                ...(fit.untrustedReason ? { untrustedReason: fit.untrustedReason } : {}),
            });
        });
    });
    const sum = (k) => r(statements.reduce((a, s) => a + s.estimate[k], 0));
    const bad = statements.filter((s) => !s.trusted);
    return {
        prodRows,
        totalMs: { ms: sum('ms'), low: sum('low'), high: sum('high') },
        trusted: bad.length === 0,
        ...(bad.length
            ? { untrustedReason: `fit too poor to trust for ${bad.length} statement(s): ${bad[0].file} #${bad[0].statement + 1}: ${bad[0].untrustedReason}` }
            : {}),
        statements,
    };
}
function r(ms) {
    return Math.round(ms * 10) / 10;
}
