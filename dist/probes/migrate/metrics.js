import { decodeHistogram, latencyFromHistogram, newLatencyHistogram } from "../../lib/histogram.js";
export function migrateMetricLookup(probe) {
    const p = { ...probe, dataset: probe.dataset ?? {}, migrations: probe.migrations ?? [] };
    const large = p.largeTableRows ?? 100_000;
    const isLarge = isLargeTable(probe);
    const proj = p.projection;
    const trust = proj && !proj.trusted ? { trusted: false, untrustedReason: proj.untrustedReason ?? 'projection fit too poor' } : { trusted: true };
    const where = proj
        ? `projected to production rows`
        : `measured on ${Object.entries(p.dataset)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ') || 'the data'}`;
    const ran = p.migrations.filter((m) => m.status !== 'skipped');
    const gauge = (v, at, t = trust) => ({ type: 'gauge', ...t, at, read: (a) => (a.kind === 'value' ? v : undefined) });
    const counter = (v, at) => ({ type: 'counter', trusted: true, at, read: (a) => (a.kind === 'count' ? v : undefined) });
    const metrics = {
        migration_duration_ms: () => {
            if (!ran.length)
                return { missing: 'no migration ran' };
            if (proj)
                return gauge(proj.totalMs.ms, `${where} (95% interval ${Math.round(proj.totalMs.low)}–${Math.round(proj.totalMs.high)} ms)`);
            return gauge(ran.reduce((s, m) => s + m.durationMs, 0), where);
        },
        lock_access_exclusive_ms: () => {
            const hold = longestAccessExclusive(probe, Boolean(proj));
            if (!hold)
                return { missing: 'no migration ran' };
            return gauge(hold.ms, `${hold.what}${proj ? ', projected' : ''}`, proj ? trust : { trusted: true });
        },
        table_rewrites: () => {
            if (!ran.length)
                return { missing: 'no migration ran' };
            const hits = ran.flatMap((m) => m.statements.flatMap((s, i) => s.rewrote.filter(isLarge).map((t) => `${t} (${m.file} #${i + 1})`)));
            return counter(hits.length, hits.length ? `rewrote ${hits.join(', ')}` : `tables over ${large} rows`);
        },
        migrations_failed: () => {
            const failed = p.migrations.filter((m) => m.status === 'fail');
            return counter(failed.length, failed.length ? failed.map((m) => m.file).join(', ') : `${p.migrations.length} migrations`);
        },
        traffic_query_duration: () => {
            const withTraffic = ran.filter((m) => m.traffic && m.traffic.queries > 0);
            if (!withTraffic.length)
                return { missing: 'no traffic was measured (run with --traffic)' };
            const h = newLatencyHistogram();
            for (const m of withTraffic)
                if (m.traffic.histogram)
                    h.add(decodeHistogram(m.traffic.histogram));
            const l = latencyFromHistogram(h);
            const pct = (q) => Math.round(h.getValueAtPercentile(q)) / 1000;
            return {
                type: 'trend',
                trusted: true,
                at: 'traffic during the migrations',
                read: (a) => a.kind === 'percentile'
                    ? pct(a.p)
                    : a.kind === 'max'
                        ? l.max
                        : a.kind === 'med'
                            ? l.p50
                            : a.kind === 'avg'
                                ? l.mean
                                : a.kind === 'min'
                                    ? l.min
                                    : undefined,
            };
        },
        traffic_lock_wait_ms: () => {
            const withTraffic = ran.filter((m) => m.traffic);
            if (!withTraffic.length)
                return { missing: 'no traffic was measured (run with --traffic)' };
            return gauge(Math.max(...withTraffic.map((m) => m.traffic.maxLockWaitMs)), 'traffic during the migrations', { trusted: true });
        },
    };
    return (name) => metrics[name]?.() ?? { missing: `unknown migrate metric ${name}` };
}
/**
 * The longest ACCESS EXCLUSIVE lock held on a large table, as measured or, `projected`, grown
 * by its statement's extra time at production size; undefined when no migration ran.
 */
export function longestAccessExclusive(probe, projected) {
    const ran = (probe.migrations ?? []).filter((m) => m.status !== 'skipped');
    if (!ran.length)
        return undefined;
    const proj = projected ? probe.projection : undefined;
    const isLarge = isLargeTable(probe);
    /** Extra time a statement takes at production size (0 without a projection). */
    const extraMs = (file, index, s) => {
        const sp = proj?.statements.find((x) => x.file === file && x.statement === index);
        return sp ? Math.max(0, sp.estimate.ms - s.durationMs) : 0;
    };
    let worst = 0;
    let what = 'no ACCESS EXCLUSIVE lock on a large table';
    for (const m of ran) {
        m.statements.forEach((s, i) => {
            for (const l of s.locks) {
                if (l.mode !== 'AccessExclusiveLock' || !isLarge(l.relation))
                    continue;
                const held = l.heldMs + extraMs(m.file, i, s);
                if (held > worst) {
                    worst = held;
                    what = `${l.relation} in ${m.file} statement ${i + 1}`;
                }
            }
        });
    }
    return { ms: Math.round(worst * 10) / 10, what };
}
/** Large tables count for the lock and rewrite gates: at least largeTableRows here or in production. */
export function isLargeTable(probe) {
    const large = probe.largeTableRows ?? 100_000;
    return (t) => Math.max(probe.dataset?.[t] ?? 0, probe.projection?.prodRows[t] ?? 0) >= large;
}
