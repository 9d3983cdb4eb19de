import { int, ms } from "../../lib/format.js";
import { MODE_RANK } from "./lock-ledger.js";
import { isLargeTable } from "./metrics.js";
const STRONG = 'AccessExclusiveLock';
/** SHARE and stronger: the modes that block writers (INSERT, UPDATE, DELETE) of the table. */
const BLOCKS_WRITES = MODE_RANK.ShareLock;
export function migrateReport(b, _gates = []) {
    const migrations = b.migrations ?? [];
    const isLarge = isLargeTable(b);
    const blocks = [];
    if (b.server || b.dataset)
        blocks.push({ kind: 'note', text: datasetLine(b), terminal: true });
    const facts = serverFacts(b);
    if (facts.items.length)
        blocks.push(facts);
    if (b.lockSampleIntervalMs) {
        // A busy machine stretches the gaps between lock samples: say so, a short lock may hide in one.
        const gap = b.lockSampleGapMs ?? 0;
        blocks.push({
            kind: 'note',
            text: `Locks sampled every ${b.lockSampleIntervalMs} ms (longest gap ${ms(gap)}); a lock is held until its transaction ends.`,
            ...(gap > 3 * b.lockSampleIntervalMs ? { tone: 'warn' } : {}),
        });
    }
    const timeline = timelineChart(b);
    if (timeline)
        blocks.push(timeline); // the shape of the migration first, its numbers after
    if (migrations.length)
        blocks.push(statementTable(b, isLarge));
    const locks = lockTable(b, isLarge);
    if (locks)
        blocks.push(locks);
    const traffic = trafficTable(migrations);
    if (traffic)
        blocks.push(traffic);
    if (b.projection)
        blocks.push(...projectionBlocks(b.projection));
    const sizes = sizesTable(b);
    if (sizes)
        blocks.push(sizes);
    return [{ id: 'migrate', title: 'Migrations', headline: headline(b), blocks }];
}
/** "3 migrations ran in 1.24 s · Projected at orders=2,000,000: 12.00 s (95% interval …)". */
function headline(b) {
    if (b.status === 'error')
        return { text: `Could not measure: ${b.message ?? 'unknown error'}`, tone: 'bad' };
    const migrations = b.migrations ?? [];
    const ran = migrations.filter((m) => m.status !== 'skipped');
    const failed = migrations.filter((m) => m.status === 'fail');
    const skipped = migrations.length - ran.length;
    const took = ms(ran.reduce((s, m) => s + m.durationMs, 0));
    const count = skipped ? `${ran.length} of ${migrations.length}` : `${migrations.length}`;
    const what = b.command ? `the command ran in ${took}` : `${count} migration(s) ran in ${took}`;
    const parts = [`${what}${failed.length ? `; FAILED: ${failed.map((m) => m.file).join(', ')}` : ''}${skipped ? `; ${skipped} skipped` : ''}`];
    const pl = projectionLine(b.projection);
    if (pl)
        parts.push(pl);
    const text = parts.join(' · ');
    const tone = failed.length ? 'bad' : b.projection && !b.projection.trusted ? 'warn' : undefined;
    return { text: text[0].toUpperCase() + text.slice(1), ...(tone ? { tone } : {}) };
}
export function datasetLine(b) {
    const tables = Object.entries(b.dataset ?? {})
        .map(([t, n]) => `${t} ${int(n)}`)
        .join(', ');
    const source = b.source?.kind === 'dump' ? `dump ${b.source.file}` : b.source?.kind === 'dataset' ? `dataset ${b.source.file}` : 'no data';
    return `${(b.server?.version ?? 'PostgreSQL (version unknown)').split(' on ')[0]} · ${source} · ${tables || 'no tables'}`;
}
export function projectionLine(pr) {
    if (!pr)
        return undefined;
    const target = Object.entries(pr.prodRows)
        .map(([t, n]) => `${t}=${int(n)}`)
        .join(', ') || 'the largest size run';
    const fit = pr.trusted ? '' : ` — NOT TRUSTED: ${pr.untrustedReason ?? 'the fit is too poor'}`;
    return `Projected at ${target}: ${ms(pr.totalMs.ms)} (95% interval ${ms(pr.totalMs.low)}–${ms(pr.totalMs.high)})${fit}`;
}
function serverFacts(b) {
    const items = [];
    if (b.server?.where)
        items.push({ label: 'scratch server', value: b.server.where });
    const durability = Object.entries(b.server?.settings ?? {}).filter(([k]) => ['fsync', 'synchronous_commit', 'full_page_writes'].includes(k));
    if (durability.length)
        items.push({ label: 'durability off (scratch data only)', value: durability.map(([k, v]) => `${k}=${v}`).join(', ') });
    if (b.command)
        items.push({ label: 'migration command', value: { text: b.command, code: true } });
    if (b.largeTableRows !== undefined)
        items.push({ label: 'large tables (lock and rewrite gates) from rows', value: b.largeTableRows, unit: 'count' });
    return { kind: 'facts', title: 'Scratch server and settings', items };
}
export function firstLine(sql, max = 60) {
    const one = sql.replace(/\s+/g, ' ').trim();
    return one.length > max ? one.slice(0, max - 1) + '…' : one;
}
/** "AccessExclusiveLock" → "ACCESS EXCLUSIVE", as the PostgreSQL docs name the modes. */
export function modeName(mode) {
    return mode
        .replace(/Lock$/, '')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toUpperCase();
}
const byStrength = (a, b) => (MODE_RANK[b.mode] ?? 0) - (MODE_RANK[a.mode] ?? 0) || b.heldMs - a.heldMs;
function fileCell(file, status) {
    if (status === 'ok')
        return file;
    return status === 'fail' ? { text: `FAIL ${file}`, tone: 'bad' } : { text: `${status} ${file}`, tone: 'muted' };
}
function lockCell(l, isLarge, withTable = true) {
    const text = withTable ? `${modeName(l.mode)} on ${l.relation}` : modeName(l.mode);
    return l.mode === STRONG && isLarge(l.relation) ? { text, tone: 'warn' } : text;
}
/** One row per statement (per file when it ran none): time, strongest lock and how long it was held, rewrites. */
function statementTable(b, isLarge) {
    const rows = [];
    let fileStart = 0; // a file's time includes BEGIN and COMMIT: the next file starts after it
    for (const m of b.migrations ?? []) {
        let start = fileStart;
        fileStart += m.durationMs;
        if (m.status === 'skipped' || !m.statements.length) {
            rows.push([fileCell(m.file, m.status), null, m.error ?? '(not run)', m.status === 'skipped' ? null : m.durationMs, null, null, null, null, null]);
            continue;
        }
        m.statements.forEach((s, i) => {
            const strongest = [...s.locks].sort(byStrength)[0];
            const large = s.rewrote.filter(isLarge);
            rows.push([
                fileCell(m.file, s.status ?? m.status),
                i + 1,
                { text: s.error ? `${firstLine(s.sql, 40)} — ${s.error}` : firstLine(s.sql), code: true },
                s.durationMs,
                strongest ? lockCell(strongest, isLarge) : null,
                strongest ? strongest.heldMs : null,
                s.rewrote.length ? (large.length ? { text: s.rewrote.join(', '), tone: 'warn' } : s.rewrote.join(', ')) : null,
                s.repeatsMs && s.repeatsMs.length > 1 ? s.repeatsMs.length : null,
                Math.round(start * 10) / 10,
            ]);
            start += s.durationMs;
        });
    }
    return {
        kind: 'table',
        columns: [
            { label: 'migration', unit: 'text' },
            { label: '#', unit: 'count' },
            { label: 'statement', unit: 'text' },
            { label: 'time', unit: 'ms' },
            { label: 'strongest lock', unit: 'text' },
            { label: 'held', unit: 'ms' },
            { label: 'rewrote', unit: 'text' },
            { label: 'runs (best kept)', unit: 'count', terminal: false },
            { label: 'starts at', unit: 'ms', terminal: false },
        ],
        rows,
    };
}
/** Every lock that blocks writers of a table (and any lock a statement had to wait for). */
function lockTable(b, isLarge) {
    const rows = [];
    for (const m of b.migrations ?? []) {
        m.statements.forEach((s, i) => {
            for (const l of [...s.locks].sort(byStrength)) {
                if ((MODE_RANK[l.mode] ?? 0) < BLOCKS_WRITES && !l.waitedMs)
                    continue;
                rows.push([m.file, i + 1, l.relation, lockCell(l, isLarge, false), l.heldMs, l.waitedMs ?? null, b.dataset?.[l.relation] ?? null]);
            }
        });
    }
    if (!rows.length)
        return undefined;
    return {
        kind: 'table',
        title: 'Locks that block writes (held until the transaction ends)',
        columns: [
            { label: 'migration', unit: 'text' },
            { label: '#', unit: 'count' },
            { label: 'table', unit: 'text' },
            { label: 'lock', unit: 'text' },
            { label: 'held', unit: 'ms' },
            { label: 'waited for it', unit: 'ms', terminal: false },
            { label: 'table rows', unit: 'count', terminal: false },
        ],
        rows,
    };
}
function trafficTable(migrations) {
    const withTraffic = migrations.filter((m) => m.traffic);
    if (!withTraffic.length)
        return undefined;
    return {
        kind: 'table',
        title: 'Traffic during the migrations',
        columns: [
            { label: 'migration', unit: 'text' },
            { label: 'queries', unit: 'count' },
            { label: 'errors', unit: 'count' },
            { label: 'p50', unit: 'ms' },
            { label: 'p95', unit: 'ms' },
            { label: 'p99', unit: 'ms' },
            { label: 'max', unit: 'ms' },
            { label: 'longest lock wait', unit: 'ms' },
        ],
        rows: withTraffic.map((m) => {
            const t = m.traffic;
            return [m.file, t.queries, t.errors, t.latencyMs.p50, t.latencyMs.p95, t.latencyMs.p99, t.latencyMs.max, t.maxLockWaitMs];
        }),
    };
}
/**
 * Each statement of the largest size as a horizontal bar, with the ACCESS EXCLUSIVE lock and
 * the strongest other lock it held beside it (held until the transaction ends, so longer).
 */
function timelineChart(b) {
    const rows = [];
    for (const m of b.migrations ?? []) {
        m.statements.forEach((s, i) => {
            const ae = s.locks.filter((l) => l.mode === STRONG).map((l) => l.heldMs);
            const other = s.locks.filter((l) => l.mode !== STRONG).sort(byStrength)[0];
            rows.push({ label: `${m.file} #${i + 1}`, dur: s.durationMs, ae: ae.length ? Math.max(...ae) : null, other: other ? other.heldMs : null });
        });
    }
    if (!rows.length)
        return undefined;
    const labels = rows.map((r) => r.label);
    return {
        kind: 'chart',
        id: 'migrate-timeline',
        title: 'Statements in order and the locks they held (largest size)',
        horizontal: true,
        height: Math.max(200, 90 + 3 * 14 * rows.length),
        x: { name: 'statement', type: 'category', categories: labels },
        y: [{ name: 'ms' }],
        series: [
            { name: 'statement', type: 'bar', data: rows.map((r) => [r.label, r.dur]), color: '#0969da' },
            { name: 'ACCESS EXCLUSIVE held', type: 'bar', data: rows.map((r) => [r.label, r.ae]), color: '#cf222e' },
            { name: 'other lock held', type: 'bar', data: rows.map((r) => [r.label, r.other]), color: '#bf8700' },
        ],
    };
}
function projectionBlocks(pr) {
    const out = [];
    const fitted = pr.statements.filter((s) => s.model === 'linear' && s.prodRows !== null);
    if (fitted.length) {
        const prodMarks = [...new Map(fitted.map((s) => [s.prodRows, s.table ?? 'production'])).entries()];
        out.push({
            kind: 'chart',
            id: 'migrate-projection',
            title: 'Statement duration against table rows, projected to production',
            x: { name: 'table rows', type: 'value' },
            y: [{ name: 'ms' }],
            marks: prodMarks.map(([rows, table]) => ({ x: rows, label: `production ${table}`, tone: 'muted' })),
            series: fitted.map((s) => ({
                name: `${s.file} #${s.statement + 1} ${firstLine(s.sql, 30)}`,
                type: 'line',
                data: [...s.points.map((pt) => [pt.rows, pt.durationMs]), [s.prodRows, s.estimate.ms]],
                ...(s.trusted ? {} : { dashed: true }),
            })),
        });
    }
    const fitText = (trusted, reason) => trusted ? { text: 'trusted', tone: 'good' } : { text: `not trusted: ${reason ?? 'the fit is too poor'}`, tone: 'warn' };
    out.push({
        kind: 'table',
        title: 'Projected to production rows',
        columns: [
            { label: 'migration', unit: 'text' },
            { label: '#', unit: 'count' },
            { label: 'table', unit: 'text' },
            { label: 'rows measured', unit: 'count', terminal: false },
            { label: 'production rows', unit: 'count' },
            { label: 'model', unit: 'text', terminal: false },
            { label: 'R²', unit: 'number', terminal: false },
            { label: 'projected', unit: 'ms' },
            { label: '95% low', unit: 'ms' },
            { label: '95% high', unit: 'ms' },
            { label: 'fit', unit: 'text' },
        ],
        rows: [
            ...pr.statements.map((s) => [
                s.file,
                s.statement + 1,
                s.table,
                s.points.length ? Math.max(...s.points.map((p) => p.rows)) : null,
                s.prodRows,
                s.model,
                s.r2,
                s.estimate.ms,
                s.estimate.low,
                s.estimate.high,
                fitText(s.trusted, s.untrustedReason),
            ]),
            [
                { text: 'all migrations', tone: 'muted' },
                null,
                null,
                null,
                null,
                null,
                null,
                pr.totalMs.ms,
                pr.totalMs.low,
                pr.totalMs.high,
                fitText(pr.trusted, pr.untrustedReason),
            ],
        ],
    });
    return out;
}
/** With several sizes: each size's rows and migration time (the projection's points). */
function sizesTable(b) {
    if (!b.runs || b.runs.length < 2)
        return undefined;
    return {
        kind: 'table',
        title: 'Sizes run',
        columns: [
            { label: 'scale', unit: 'number' },
            { label: 'rows', unit: 'count' },
            { label: 'data built in', unit: 'ms', terminal: false },
            { label: 'runs', unit: 'count', terminal: false },
            { label: 'migrations', unit: 'ms' },
        ],
        rows: b.runs.map((r) => [
            r.scale,
            Object.values(r.dataset).reduce((a, n) => a + n, 0),
            r.synthesisMs ?? null,
            r.repeats ?? 1,
            Math.round(r.migrations.reduce((a, m) => a + m.durationMs, 0) * 10) / 10,
        ]),
    };
}
