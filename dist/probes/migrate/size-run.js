// One size of a migrate run: build the data once (synthesized or restored) in a scratch
// database, then run the migrations on it — or, with repeats, on fresh copies of it (CREATE
// DATABASE … TEMPLATE) and keep the best time per statement: on a shared machine, noise
// only ever adds time, so the least disturbed run is the closest to the statement's own cost.
import pg from 'pg';
import { ProbeError, UsageError } from "../../core/errors.js";
import { LockSampler } from "./lock-sampler.js";
import { isServerFailure, runMigrations } from "./migration-runner.js";
import { runExternalCommand } from "./external-command.js";
import { snapshotRelations, tableRows } from "./relation-snapshot.js";
import { restoreDump } from "./restore-dump.js";
import { safeError } from "./scratch-server.js";
import { synthesize } from "./synthesize.js";
import { TrafficWorkload } from "./traffic.js";
async function connect(url, name, statementTimeoutMs) {
    const c = new pg.Client({ connectionString: url, application_name: name, ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}) });
    c.on('error', () => undefined);
    try {
        await c.connect();
    }
    catch (err) {
        throw new ProbeError(`cannot connect to the scratch database: ${safeError(err)}`);
    }
    return c;
}
async function createMissingRoles(c, roles) {
    for (const role of roles) {
        const exists = await c.query('select 1 from pg_roles where rolname = $1', [role]);
        if (!exists.rowCount)
            await c.query(`create role ${pg.escapeIdentifier(role)} nologin`);
    }
}
async function buildData(server, db, scale, o) {
    const c = await connect(db.url, 'shipgate-build');
    const t0 = performance.now();
    try {
        if (o.dataset) {
            await synthesize(c, o.dataset.spec, scale, { ...(o.signal ? { signal: o.signal } : {}), ...(o.events?.synthesis ? { events: o.events.synthesis } : {}) });
        }
        else if (o.dump) {
            o.events?.restoreStart?.(o.dump);
            await restoreDump(o.dump, db.url, server.major, {
                ...(o.signal ? { signal: o.signal } : {}),
                // Roles are cluster-wide: created only on shipgate's own throwaway cluster.
                ...(server.kind === 'embedded' ? { createRoles: (roles) => createMissingRoles(c, roles) } : {}),
            });
            await c.query('analyze');
        }
        const dataset = tableRows(await snapshotRelations(c));
        const synthesisMs = Math.round(performance.now() - t0);
        // Write the build's dirty pages out now, so the first migration does not pay for them.
        // (Needs superuser or pg_checkpoint on a user's server; skipped when refused.)
        await c.query('checkpoint').catch(() => undefined);
        return { dataset, synthesisMs };
    }
    catch (err) {
        o.signal?.throwIfAborted();
        if (err instanceof ProbeError || err instanceof UsageError)
            throw err;
        throw new ProbeError(`building the data failed: ${safeError(err)}`);
    }
    finally {
        await c.end().catch(() => undefined);
    }
}
/** The migrations once, on `db`, watched by the lock sampler (and traffic). */
async function runOnce(db, o, noteGap) {
    const migration = await connect(db.url, 'shipgate-migrate', o.statementTimeoutMs);
    let sampling;
    let sampler;
    let traffic;
    try {
        sampling = await connect(db.url, 'shipgate-lock-sampler');
        const pid = (await migration.query('select pg_backend_pid() as pid')).rows[0].pid;
        const s = (sampler = new LockSampler(sampling, o.sampleIntervalMs));
        if (o.traffic) {
            traffic = new TrafficWorkload({ url: db.url });
            await traffic.start();
        }
        s.watch([pid], traffic?.pids ?? []);
        s.start();
        const t = traffic;
        let cursor = 0;
        let marks = [];
        const hooks = t
            ? {
                before: () => {
                    t.reset();
                    cursor = s.cursor();
                    marks = [];
                },
                statementStart: (i) => {
                    t.statementStart(i);
                    marks[i] = s.cursor();
                },
                after: async () => {
                    await new Promise((r) => setTimeout(r, 50)); // let queries blocked until commit finish
                    const samples = s.since(cursor);
                    for (const x of samples)
                        t.noteLockWait(x.trafficLockWaitMs);
                    marks.forEach((from, i) => {
                        for (const x of s.since(from).slice(0, (marks[i + 1] ?? Infinity) - from))
                            t.noteLockWait(x.trafficLockWaitMs, i);
                    });
                    return t.snapshot();
                },
            }
            : undefined;
        const sc = sampling;
        try {
            if (o.command) {
                hooks?.before();
                return [
                    await runExternalCommand(o.command, {
                        client: migration,
                        dbUrl: db.url,
                        sampler: s,
                        excludePids: [pid],
                        trafficPids: t?.pids ?? [],
                        ...(o.signal ? { signal: o.signal } : {}),
                        timeoutMs: o.statementTimeoutMs,
                        ...(hooks ? { after: async () => (await hooks.after()).file } : {}),
                    }),
                ];
            }
            return await runMigrations(o.migrations, {
                client: migration,
                pid,
                sampler: s,
                ...(o.signal ? { signal: o.signal } : {}),
                ...(o.events ? { events: o.events } : {}),
                ...(hooks ? { hooks } : {}),
                cancel: async () => void (await sc.query('select pg_cancel_backend($1)', [pid]).catch(() => undefined)),
            });
        }
        catch (err) {
            o.signal?.throwIfAborted();
            if (err instanceof ProbeError || err instanceof UsageError)
                throw err;
            if (isServerFailure(err))
                throw new ProbeError(`the scratch server failed during the migrations: ${safeError(err)}`);
            throw err;
        }
        finally {
            noteGap(s.maxGapMs);
        }
    }
    finally {
        await sampler?.stop();
        await traffic?.stop();
        await migration.end().catch(() => undefined);
        await sampling?.end().catch(() => undefined);
    }
}
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** The median repeat in full (locks, traffic), with each statement's duration its best over repeats. */
export function mergeRepeats(repeats) {
    if (repeats.length === 1)
        return repeats[0];
    const totals = repeats.map((r) => r.reduce((s, m) => s + m.durationMs, 0));
    const order = totals.map((t, i) => [t, i]).sort((a, b) => a[0] - b[0]);
    const base = repeats[order[Math.floor(order.length / 2)][1]];
    return base.map((m, mi) => ({
        ...m,
        durationMs: round(median(repeats.map((r) => r[mi]?.durationMs ?? m.durationMs))),
        statements: m.statements.map((s, si) => {
            const all = repeats.map((r) => r[mi]?.statements[si]?.durationMs).filter((d) => d !== undefined);
            return { ...s, durationMs: round(Math.min(...all)), repeatsMs: all };
        }),
    }));
}
function round(ms) {
    return Math.round(ms * 10) / 10;
}
/**
 * Every size's data is built first; then the migrations run round by round over all sizes
 * (A B C, A B C, …) on fresh copies, so a burst of load from elsewhere hits every size
 * alike instead of spoiling one size's repeats. One pass per size runs on the data itself.
 */
export async function runSizes(server, scales, o, noteGap, onRun) {
    const built = [];
    try {
        for (const [i, scale] of scales.entries()) {
            o.signal?.throwIfAborted();
            o.events?.buildStart?.(scale, i, scales.length);
            const db = await server.createDatabase();
            built.push({ scale, db, dataset: {}, synthesisMs: 0 });
            Object.assign(built[i], await buildData(server, db, scale, o));
        }
        const rounds = Math.max(1, o.repeat);
        const passes = built.map(() => []);
        for (let r = 0; r < rounds; r++) {
            for (const [i, b] of built.entries()) {
                o.signal?.throwIfAborted();
                // A failure will not time better: that size stops repeating.
                if (passes[i].some((p) => p.some((m) => m.status === 'fail')))
                    continue;
                o.events?.passStart?.(b.scale, i, built.length, r, rounds);
                if (rounds === 1) {
                    passes[i].push(await runOnce(b.db, o, noteGap));
                    continue;
                }
                const copy = await server.createDatabase(b.db.name);
                try {
                    passes[i].push(await runOnce(copy, o, noteGap));
                }
                finally {
                    await copy.drop().catch(() => undefined);
                }
            }
            onRun(collect(built, passes));
        }
        return collect(built, passes);
    }
    finally {
        for (const b of built)
            await b.db.drop().catch(() => undefined);
    }
}
function collect(built, passes) {
    return built
        .map((b, i) => ({ b, p: passes[i] }))
        .filter(({ p }) => p.length > 0)
        .map(({ b, p }) => ({
        scale: b.scale,
        dataset: b.dataset,
        synthesisMs: b.synthesisMs,
        ...(p.length > 1 ? { repeats: p.length } : {}),
        migrations: mergeRepeats(p),
    }));
}
