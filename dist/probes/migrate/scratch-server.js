// The scratch server shipgate works on: its own throwaway cluster (default) or one the user
// names with --scratch-url. Either way shipgate creates a uniquely named database, does all
// its work inside it, and drops it at the end. On a user's server the URL's own database is
// used only to issue CREATE DATABASE / DROP DATABASE; nothing else touches it.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { ProbeError, errorMessage } from "../../core/errors.js";
import { redactText, redactUrl } from "../../lib/redact.js";
import { startScratchCluster, SCRATCH_SETTINGS } from "./scratch-cluster.js";
import { findBinDir } from "./pg-binaries.js";
import { pgEnv } from "./pg-env.js";
// A second Ctrl-C exits at once (RunSession): the embedded cluster is killed by its own exit
// hook; databases made on a user's server are dropped here, synchronously, with psql.
const onUserServers = new Map();
process.on('exit', () => {
    for (const [adminUrl, names] of onUserServers) {
        if (!names.size)
            continue;
        const psql = findBinDir(['psql']);
        if (!psql)
            continue;
        for (const name of names) {
            spawnSync(join(psql.dir, 'psql'), ['-X', '-q', '-c', `drop database if exists ${pg.escapeIdentifier(name)} with (force)`], {
                env: { ...process.env, ...pgEnv(adminUrl) },
                stdio: 'ignore',
                timeout: 5000,
            });
        }
    }
});
function withDatabase(url, db) {
    const u = new URL(url);
    u.pathname = '/' + encodeURIComponent(db);
    return u.toString();
}
function clusterUrl(c, db) {
    return `postgresql://${c.user}:${encodeURIComponent(c.password)}@${c.host}:${c.port}/${db}`;
}
async function withClient(url, fn) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    await client.connect();
    try {
        return await fn(client);
    }
    finally {
        await client.end().catch(() => undefined);
    }
}
/** Errors from pg or a tool may quote a connection string or the bare password: mask both. */
export function safeError(err, secrets = []) {
    let msg = errorMessage(err);
    for (const s of secrets)
        if (s)
            msg = msg.split(s).join('***');
    return redactText(msg);
}
export async function openScratchServer(opts) {
    let cluster;
    let adminUrl;
    if (opts.scratchUrl) {
        try {
            new URL(opts.scratchUrl);
        }
        catch {
            throw new ProbeError(`--scratch-url is not a URL: ${redactUrl(opts.scratchUrl)}`);
        }
        adminUrl = opts.scratchUrl;
    }
    else {
        cluster = await startScratchCluster(opts.signal ? { signal: opts.signal } : {});
        adminUrl = clusterUrl(cluster, 'postgres');
    }
    const secrets = [cluster?.password ?? '', safePassword(adminUrl)];
    let version;
    let major;
    try {
        [version, major] = await withClient(adminUrl, async (c) => {
            const r = await c.query("select version() as v, current_setting('server_version_num') as n");
            return [r.rows[0].v, Math.floor(Number(r.rows[0].n) / 10000)];
        });
    }
    catch (err) {
        await cluster?.stop();
        throw new ProbeError(`cannot connect to the scratch server ${redactUrl(adminUrl)}: ${safeError(err, secrets)}`);
    }
    const made = new Set();
    if (!cluster)
        onUserServers.set(adminUrl, made);
    const dropDb = async (name) => {
        await withClient(adminUrl, async (c) => {
            // FORCE (PostgreSQL 13+) ends sessions still connected, e.g. a cancelled migration's.
            await c.query(`drop database if exists ${pg.escapeIdentifier(name)}${major >= 13 ? ' with (force)' : ''}`);
        });
        made.delete(name);
    };
    return {
        kind: cluster ? 'embedded' : 'url',
        version,
        major,
        where: cluster ? `embedded cluster on 127.0.0.1:${cluster.port} (${cluster.bin.source} ${cluster.bin.dir})` : redactUrl(adminUrl),
        ...(cluster ? { settings: SCRATCH_SETTINGS } : {}),
        async createDatabase(template) {
            if (template && !made.has(template))
                throw new ProbeError(`refusing to copy ${template}: not a database shipgate created`);
            const name = `shipgate_scratch_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
            // FILE_COPY (15+): copy the files after a checkpoint instead of WAL-logging every page.
            const from = template ? `${pg.escapeIdentifier(template)}${major >= 15 ? ' strategy file_copy' : ''}` : `template0 encoding 'UTF8'`;
            try {
                await withClient(adminUrl, (c) => c.query(`create database ${pg.escapeIdentifier(name)} template ${from}`));
            }
            catch (err) {
                throw new ProbeError(`cannot create a scratch database on ${redactUrl(adminUrl)}: ${safeError(err, secrets)}`);
            }
            made.add(name);
            return { name, url: withDatabase(adminUrl, name), drop: () => dropDb(name) };
        },
        async close() {
            try {
                if (!cluster)
                    for (const name of [...made])
                        await dropDb(name);
            }
            finally {
                onUserServers.delete(adminUrl);
                await cluster?.stop();
            }
        },
    };
}
function safePassword(url) {
    try {
        return decodeURIComponent(new URL(url).password);
    }
    catch {
        return '';
    }
}
