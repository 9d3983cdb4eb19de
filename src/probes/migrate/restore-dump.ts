// --dump FILE: production-shaped data from a pg_dump. Custom, tar and directory formats go
// through pg_restore --jobs=<cores> (a client at least as new as the server); plain SQL
// through psql with ON_ERROR_STOP. A broken dump is a probe error (exit 3), never a pass.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ProbeError, UsageError } from '../../core/errors.ts';
import { findClientTool } from './pg-binaries.ts';
import { pgEnv } from './pg-env.ts';
import { track } from '../../core/reaper.ts';

export type DumpFormat = 'custom' | 'tar' | 'directory' | 'plain';

export function dumpFormat(path: string): DumpFormat {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch {
    throw new UsageError(`--dump ${path}: no such file or folder`);
  }
  if (st.isDirectory()) {
    if (!existsSync(join(path, 'toc.dat'))) throw new UsageError(`--dump ${path}: a folder, but not a pg_dump directory (no toc.dat)`);
    return 'directory';
  }
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(512);
  const n = readSync(fd, head, 0, 512, 0);
  closeSync(fd);
  if (n >= 5 && head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'custom';
  if (n >= 262 && head.subarray(257, 262).toString('latin1') === 'ustar') return 'tar';
  return 'plain';
}

function runTool(path: string, args: string[], env: Record<string, string>, signal: AbortSignal | undefined, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    const untrack = child.pid ? track({ group: child.pid }) : () => {};
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    const kill = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM'); // the group: pg_restore --jobs forks workers
      } catch {
        /* gone */
      }
    };
    signal?.addEventListener('abort', kill, { once: true });
    const t = setTimeout(kill, timeoutMs);
    child.on('error', (e) => reject(new ProbeError(`${path}: ${e.message}`)));
    child.on('close', (code, sig) => {
      clearTimeout(t);
      untrack();
      signal?.removeEventListener('abort', kill);
      if (signal?.aborted) return reject(signal.reason);
      if (code === 0) return resolve();
      const tail = err.trim().split('\n').slice(-3).join(' | ');
      const hint = /role ".*" does not exist/.test(err) ? ' (dump with --no-owner --no-privileges, or create the role on the scratch server)' : '';
      reject(new ProbeError(`restoring the dump failed (${path.split('/').pop()} exit ${code ?? sig}): ${tail || 'no message'}${hint}`));
    });
  });
}

/** Roles a plain dump hands objects to (ALTER … OWNER TO x, GRANT … TO x). */
export async function rolesInPlainDump(file: string): Promise<string[]> {
  const roles = new Set<string>();
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const m = /\bOWNER TO ("(?:[^"]|"")+"|[A-Za-z_][\w$]*);/.exec(line) ?? /^GRANT\b.*\bTO ("(?:[^"]|"")+"|[A-Za-z_][\w$]*)/.exec(line);
    if (m) roles.add(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!.toLowerCase());
  }
  roles.delete('public');
  return [...roles];
}

export async function restoreDump(
  file: string,
  dbUrl: string,
  serverMajor: number,
  opts: { signal?: AbortSignal; timeoutMs?: number; createRoles?: (roles: string[]) => Promise<void> } = {},
): Promise<DumpFormat> {
  const format = dumpFormat(file);
  const tool = findClientTool(format === 'plain' ? 'psql' : 'pg_restore', serverMajor);
  if ('error' in tool) throw new ProbeError(tool.error);
  const env = pgEnv(dbUrl);
  const timeout = opts.timeoutMs ?? 2 * 3_600_000;
  if (format === 'plain') {
    // A plain dump names its owners and grantees; psql cannot skip them as pg_restore
    // --no-owner does, so a throwaway cluster creates them first.
    await opts.createRoles?.(await rolesInPlainDump(file));
    await runTool(tool.path, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', file], env, opts.signal, timeout);
  } else {
    // pg_restore runs tar archives only serially.
    const jobs = format === 'tar' ? 1 : Math.max(1, availableParallelism());
    await runTool(tool.path, ['--no-owner', '--no-privileges', '--exit-on-error', `--jobs=${jobs}`, '-d', env.PGDATABASE!, file], env, opts.signal, timeout);
  }
  return format;
}
