import { errorMessage } from "../../core/errors.js";
import { LockLedger } from "./lock-ledger.js";
import { locksSql } from "./lock-sampler.js";
import { rewrittenTables, snapshotRelations } from "./relation-snapshot.js";
import { needsNoTransaction } from "./sql-split.js";
const MAX_SQL = 2000;
/** The server or the connection failed (not the migration's SQL): the run cannot measure. */
export function isServerFailure(err) {
    const code = err.code;
    if (typeof code !== 'string')
        return true;
    return /^(08|53|58|XX|57P)/.test(code);
}
export function pgErrorText(err) {
    const e = err;
    const parts = [e.message ?? errorMessage(err)];
    if (e.detail)
        parts.push(`DETAIL: ${e.detail}`);
    if (e.hint)
        parts.push(`HINT: ${e.hint}`);
    return parts.join(' ');
}
async function ownLocks(client) {
    const r = await client.query(locksSql('l.pid = pg_backend_pid()'));
    return r.rows;
}
/** One migration file; an SQL error fails this file (rolled back) and is returned, not thrown. */
export async function runMigrationFile(m, o) {
    const { client, sampler } = o;
    const ledger = new LockLedger();
    const statements = [];
    const wholeTx = !m.noTransaction;
    const t0 = performance.now();
    let failure;
    let inTx = false;
    const onAbort = () => void o.cancel();
    o.signal?.addEventListener('abort', onAbort, { once: true });
    o.hooks?.before?.();
    try {
        if (wholeTx) {
            await client.query('begin');
            inTx = true;
        }
        for (let i = 0; i < m.statements.length; i++) {
            o.signal?.throwIfAborted();
            const stmt = m.statements[i];
            const ownTx = !wholeTx && !needsNoTransaction([stmt], '');
            if (ownTx) {
                await client.query('begin');
                inTx = true;
            }
            const before = await snapshotRelations(client);
            o.hooks?.statementStart?.(i);
            const cursor = sampler.cursor();
            const start = performance.now();
            let error;
            try {
                await client.query(stmt.sql);
            }
            catch (err) {
                if (o.signal?.aborted || isServerFailure(err))
                    throw err;
                error = pgErrorText(err);
            }
            const end = performance.now();
            const inTxNow = inTx && !error;
            const own = inTxNow ? await ownLocks(client) : [];
            const after = inTxNow || !inTx ? await snapshotRelations(client) : before;
            if (!inTx) {
                // Autocommit (CONCURRENTLY): the locks are gone when it returns.
                ledger.observe(i, start, end, sampler.since(cursor));
                ledger.release(end);
            }
            else {
                ledger.observe(i, start, end, sampler.since(cursor), own);
            }
            if (ownTx && !error) {
                await client.query('commit');
                inTx = false;
                ledger.release(performance.now());
            }
            statements.push({
                sql: stmt.sql.length > MAX_SQL ? stmt.sql.slice(0, MAX_SQL) + '…' : stmt.sql,
                line: stmt.line,
                durationMs: round(end - start),
                locks: [],
                rewrote: error ? [] : rewrittenTables(before, after),
                ...(error ? { status: 'fail', error } : {}),
            });
            o.events?.statementEnd?.(m.file, i + 1, m.statements.length, statements[i]);
            if (error) {
                if (o.signal?.aborted)
                    o.signal.throwIfAborted();
                failure = `${m.file}:${stmt.line}: ${error}`;
                break;
            }
        }
        if (inTx) {
            await client.query(failure ? 'rollback' : 'commit');
            inTx = false;
        }
    }
    catch (err) {
        if (inTx)
            await client.query('rollback').catch(() => undefined);
        throw err;
    }
    finally {
        o.signal?.removeEventListener('abort', onAbort);
    }
    const finished = performance.now();
    ledger.release(finished);
    const traffic = await o.hooks?.after?.();
    statements.forEach((s, i) => {
        s.locks = ledger.locksOf(i).map(({ statement: _s, ...h }) => h);
        const t = traffic?.statements[i];
        if (t)
            s.traffic = t;
    });
    const result = {
        file: m.file,
        durationMs: round(finished - t0),
        status: failure ? 'fail' : 'ok',
        transaction: wholeTx,
        ...(failure ? { error: failure } : {}),
        statements,
        ...(traffic ? { traffic: traffic.file } : {}),
    };
    return result;
}
export async function runMigrations(files, o) {
    const out = [];
    let failed = false;
    for (let i = 0; i < files.length; i++) {
        const f = files[i];
        if (failed) {
            // Later migrations usually build on the failed one: not run, listed as skipped.
            out.push({ file: f.file, durationMs: 0, status: 'skipped', transaction: !f.noTransaction, statements: [] });
            continue;
        }
        o.events?.migrationStart?.(f.file, i, files.length);
        const m = await runMigrationFile(f, o);
        o.events?.migrationEnd?.(m);
        out.push(m);
        if (m.status === 'fail')
            failed = true;
    }
    return out;
}
function round(ms) {
    return Math.round(ms * 10) / 10;
}
