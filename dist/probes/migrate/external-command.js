// --command "...": time an external migration tool (node-pg-migrate, prisma migrate…) as a
// whole. It gets the scratch database in DATABASE_URL and PG* variables; the lock sampler
// watches every session in that database except shipgate's own, and rewrites are found by
// comparing relfilenodes before and after.
import { spawn } from 'node:child_process';
import { MODE_RANK } from "./lock-ledger.js";
import { rewrittenTables, snapshotRelations } from "./relation-snapshot.js";
import { pgEnv } from "./pg-env.js";
import { track } from "../../core/reaper.js";
import { safeError } from "./scratch-server.js";
/** Longest continuous hold per (table, mode) seen in samples taken every `intervalMs`. */
export function holdsFromSamples(samples, intervalMs) {
    const open = new Map();
    const best = new Map();
    const close = (key, o) => {
        const heldMs = Math.round((o.last - o.from + intervalMs) * 10) / 10;
        const prev = best.get(key);
        if (!prev || prev.heldMs < heldMs)
            best.set(key, { relation: o.relation, mode: o.mode, heldMs });
    };
    for (const s of samples) {
        const seen = new Set();
        for (const l of s.locks) {
            if (!l.granted)
                continue;
            const key = `${l.oid}/${l.mode}/${l.pid ?? ''}`;
            seen.add(key);
            const o = open.get(key);
            if (o)
                o.last = s.at;
            else
                open.set(key, { relation: l.relation, mode: l.mode, from: s.at, last: s.at });
        }
        for (const [key, o] of open) {
            if (seen.has(key))
                continue;
            close(key.replace(/\/[^/]*$/, ''), o);
            open.delete(key);
        }
    }
    for (const [key, o] of open)
        close(key.replace(/\/[^/]*$/, ''), o);
    return [...best.values()].sort((a, b) => MODE_RANK[b.mode] - MODE_RANK[a.mode] || b.heldMs - a.heldMs);
}
export async function runExternalCommand(command, o) {
    const before = await snapshotRelations(o.client);
    o.sampler.watchAllExcept(o.excludePids, o.trafficPids ?? []);
    const cursor = o.sampler.cursor();
    const start = performance.now();
    const { code, output } = await new Promise((resolve) => {
        const child = spawn('sh', ['-c', command], {
            env: { ...process.env, ...pgEnv(o.dbUrl), DATABASE_URL: o.dbUrl },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        const untrack = child.pid ? track({ group: child.pid }) : () => { };
        let out = '';
        const keep = (d) => (out = (out + d.toString()).slice(-4000));
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        const kill = () => {
            try {
                process.kill(-child.pid, 'SIGTERM');
            }
            catch {
                /* gone */
            }
        };
        o.signal?.addEventListener('abort', kill, { once: true });
        const t = setTimeout(kill, o.timeoutMs);
        child.on('error', (e) => resolve({ code: e.message, output: out }));
        child.on('close', (c, sig) => {
            clearTimeout(t);
            untrack();
            o.signal?.removeEventListener('abort', kill);
            resolve({ code: c ?? sig ?? 'killed', output: out });
        });
    });
    const end = performance.now();
    o.signal?.throwIfAborted();
    const after = await snapshotRelations(o.client);
    const locks = holdsFromSamples(o.sampler.since(cursor), o.sampler.intervalMs);
    const ok = code === 0;
    const error = ok
        ? undefined
        : `command exited with ${code}: ${safeError(output.trim().split('\n').slice(-3).join(' | '), [decodeURIComponent(new URL(o.dbUrl).password)])}`;
    const traffic = await o.after?.();
    const durationMs = Math.round((end - start) * 10) / 10;
    return {
        file: `command: ${command}`,
        durationMs,
        status: ok ? 'ok' : 'fail',
        transaction: false,
        ...(error ? { error } : {}),
        statements: [{ sql: command, durationMs, locks, rewrote: rewrittenTables(before, after), ...(error ? { status: 'fail', error } : {}) }],
        ...(traffic ? { traffic } : {}),
    };
}
