// The real entry point against small fixtures: the scratch cluster and its files are gone
// after a run, a failure (PostgreSQL killed mid-run) and a Ctrl-C; usage errors exit 2.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readResult } from '../helpers.ts';

const FIX = 'test/fixtures/migrate';
const root = mkdtempSync(join(tmpdir(), 'shipgate-cli-test-'));
chmodSync(root, 0o755); // the cluster runs as the postgres user and must reach its folder
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  tmp: string;
  out: string;
}

function shipgate(args: string[], during?: (tmp: string, stderr: () => string, child: ReturnType<typeof spawn>) => Promise<void>): Promise<Run> {
  const tmp = mkdtempSync(join(root, 'tmp-'));
  chmodSync(tmp, 0o755);
  const out = join(tmp, 'out');
  const child = spawn('node', ['bin/shipgate.js', 'migrate', ...args, '--out', out], {
    env: { ...process.env, TMPDIR: tmp, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  return (async () => {
    await during?.(tmp, () => stderr, child);
    const code = await exited;
    return { code, stdout, stderr, tmp, out };
  })();
}

async function until(what: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Processes whose working directory is under `dir` (postgres runs in its data folder). */
function processesIn(dir: string): number[] {
  const out: number[] = [];
  for (const p of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      if (readlinkSync(`/proc/${p}/cwd`).startsWith(dir)) out.push(Number(p));
    } catch {
      /* gone or not ours to read */
    }
  }
  return out;
}

function clusterDirs(tmp: string): string[] {
  return readdirSync(tmp).filter((n) => n.startsWith('shipgate-pg-'));
}

async function expectNoLeftovers(tmp: string): Promise<void> {
  await until(() => processesIn(tmp).length === 0, 10_000);
  expect(clusterDirs(tmp)).toEqual([]);
}

describe('shipgate migrate (CLI)', () => {
  it('runs, reports locks and rewrites, and leaves no cluster behind', async () => {
    const r = await shipgate(['--migrations', `${FIX}/small-migrations`, '--dataset', `${FIX}/small.dataset.yaml`, '--large-table-rows', '10000']);
    expect(r.stderr).toMatch(/scratch server: PostgreSQL \d+/);
    const result = readResult(r.out); // validated against schema/result.schema.json
    const m = result.probes.migrate!;
    expect(m.status).toBe('ok');
    expect(m.server!.version).toMatch(/^PostgreSQL \d+/);
    expect(m.dataset).toEqual({ items: 20000 });
    const [add, widen] = m.migrations!;
    expect(add!.statements[0]!.rewrote).toEqual([]);
    expect(widen!.file).toBe('002_price_bigint.up.sql');
    expect(widen!.statements[0]!.rewrote).toEqual(['items']);
    // The rewrite of a table over --large-table-rows fails its gate: exit 1.
    expect(result.gates.find((g) => g.id === 'large-table-rewrite')!.outcome).toBe('fail');
    expect(r.code).toBe(1);
    expect(readFileSync(join(r.out, 'report.md'), 'utf8')).toContain('## Migrations');
    await expectNoLeftovers(r.tmp);
  });

  it('PostgreSQL killed mid-run: verdict error, exit 3, nothing left behind', async () => {
    const r = await shipgate(['--migrations', `${FIX}/sleep-migrations`], async (tmp, stderr) => {
      await until(() => /migration 1\/1/.test(stderr()));
      const dir = clusterDirs(tmp)[0]!;
      const pid = Number(readFileSync(join(tmp, dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
      await new Promise((res) => setTimeout(res, 300));
      process.kill(pid, 'SIGKILL');
    });
    expect(r.code).toBe(3);
    const result = readResult(r.out); // validated against schema/result.schema.json
    expect(result.verdict).toBe('error');
    expect(result.probes.migrate!.status).toBe('error');
    expect(result.probes.migrate!.message).toMatch(/scratch server failed|terminat|connection/i);
    await expectNoLeftovers(r.tmp);
  });

  it('Ctrl-C: stops the statement, writes a partial result, exits 130, nothing left behind', async () => {
    const t0 = Date.now();
    const r = await shipgate(['--migrations', `${FIX}/sleep-migrations`], async (_tmp, stderr, child) => {
      await until(() => /migration 1\/1/.test(stderr()));
      await new Promise((res) => setTimeout(res, 300));
      child.kill('SIGINT');
    });
    expect(r.code).toBe(130);
    expect(Date.now() - t0).toBeLessThan(25_000); // did not wait for pg_sleep(30)
    const result = readResult(r.out); // validated against schema/result.schema.json
    expect(result.interrupted).toBe(true);
    expect(result.probes.migrate!.status).toBe('error');
    await expectNoLeftovers(r.tmp);
  });

  it('a missing migrations folder is a usage error (exit 2) and starts nothing', async () => {
    const r = await shipgate(['--migrations', `${FIX}/no-such-folder`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--migrations .*no-such-folder: cannot read the folder/);
    expect(existsSync(join(r.out, 'result.json'))).toBe(false);
    expect(clusterDirs(r.tmp)).toEqual([]);
  });
});
