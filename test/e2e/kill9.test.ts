// `kill -9` of shipgate (what CI runners and the OOM killer do on a timeout) runs no exit
// handler: the children it started must still be gone within seconds (the watchdog stops
// them), and a scratch folder left by a run whose owner died is removed by the next run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCli, tempDir } from '../helpers.ts';
import { descendants, stillAlive, waitForDescendant } from '../helpers/proc-tree.ts';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>ok</title><h1>ok</h1>'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** SIGKILLs shipgate, then waits (up to 10 s) until none of the processes it had started runs. */
async function killAndWaitGone(run: ReturnType<typeof spawnCli>, procs: ReturnType<typeof descendants>): Promise<number> {
  expect(procs.length).toBeGreaterThan(0);
  const killedAt = performance.now();
  run.child.kill('SIGKILL');
  await run.exited;
  while (stillAlive(procs).length && performance.now() - killedAt < 10_000) await new Promise((r) => setTimeout(r, 100));
  expect(stillAlive(procs).map((p) => `${p.pid} ${p.cmdline.slice(0, 80)}`)).toEqual([]);
  return performance.now() - killedAt;
}

/** A pid that certainly belongs to no running process any more. */
/** Waits until `path` is removed, while `run` runs (its exit first fails the wait). */
async function gone(path: string, run: ReturnType<typeof spawnCli>, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (existsSync(path)) {
    if (run.child.exitCode !== null) throw new Error(`exited ${run.child.exitCode} and ${path} is still there: ${run.stderr()}`);
    if (Date.now() > until) throw new Error(`${path} still there after ${timeoutMs} ms: ${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function deadPid(): number {
  return spawnSync('true').pid!;
}

describe('kill -9 leaves nothing behind', () => {
  it('a --target-cmd ramp: the service is gone', async () => {
    const run = spawnCli([
      'ramp',
      '--target-cmd',
      `${process.execPath} --import tsx src/demo/demo-service.ts --port {port} --capacity 1000 --delay-ms 5`,
      '--target',
      'http://127.0.0.1:{port}/api/items',
      '--health',
      '/health',
      '--steps',
      '5',
      '--step-duration',
      '60s',
      '--out',
      tempDir(),
    ]);
    await run.waitFor(/step 1\/1/);
    const procs = descendants(run.child.pid!);
    expect(procs.some((p) => /demo-service/.test(p.cmdline))).toBe(true);
    await killAndWaitGone(run, procs);
  }, 60_000);

  it('migrate: the scratch PostgreSQL is stopped and its folder removed', async () => {
    const run = spawnCli([
      'migrate',
      '--migrations',
      'test/fixtures/migrate/sleep-migrations',
      '--dataset',
      'test/fixtures/migrate/small.dataset.yaml',
      '--out',
      tempDir(),
    ]);
    const [postmaster] = await waitForDescendant(run.child.pid!, /bin\/postgres -D/, 60_000);
    const dir = /-D (\S+)\/data/.exec(postmaster!.cmdline)![1]!;
    await run.waitFor(/001_slow/, 60_000);
    const procs = [...descendants(run.child.pid!), ...descendants(postmaster!.pid)];
    expect(existsSync(dir)).toBe(true);
    await killAndWaitGone(run, procs);
    const until = Date.now() + 5000;
    while (existsSync(dir) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(dir)).toBe(false);
  }, 90_000);

  it("web: Lighthouse's Chromium is gone and its profile removed", async () => {
    const run = spawnCli(['web', '--url', `${base}/`, '--device', 'desktop', '--runs', '5', '--out', tempDir()]);
    // Killed inside the first Lighthouse run: Chromium and its profile exist from its launch.
    await run.waitFor(/lighthouse desktop/, 90_000);
    const chromium = await waitForDescendant(run.child.pid!, /chrom/);
    await new Promise((r) => setTimeout(r, 1000));
    const profile = /--user-data-dir=(\S+)/.exec(chromium.map((p) => p.cmdline).join(' '))?.[1];
    expect(profile).toMatch(/shipgate-lh-/);
    await killAndWaitGone(run, descendants(run.child.pid!));
    expect(existsSync(profile!)).toBe(false);
  }, 120_000);

  // Playwright's Chromium also ends on its own when its control pipe closes; either way none is left.
  it("web journeys: Playwright's Chromium is gone", async () => {
    const journey = join(tempDir(), 'slow.journey.mts');
    writeFileSync(
      journey,
      `export default { name: 'slow', start: '${base}/', marks: ['a', 'b'], metrics: { wait: ['a', 'b'] }, timeoutMs: 60000,
        async steps({ page, mark }) { mark('a'); await page.waitForTimeout(30000); mark('b'); } };\n`,
    );
    const run = spawnCli(['web', '--journey', journey, '--journey-runs', '1', '--out', tempDir()]);
    await waitForDescendant(run.child.pid!, /chrom/);
    await new Promise((r) => setTimeout(r, 1000));
    await killAndWaitGone(run, descendants(run.child.pid!));
  }, 90_000);

  it("the next run removes scratch folders whose owner died, and keeps a live owner's", async () => {
    const stale = mkdtempSync(join(tmpdir(), 'shipgate-pg-'));
    writeFileSync(join(stale, '.shipgate-owner'), JSON.stringify({ pid: deadPid() }));
    mkdirSync(join(stale, 'data'));
    const staleLh = mkdtempSync(join(tmpdir(), 'shipgate-lh-'));
    writeFileSync(join(staleLh, '.shipgate-owner'), JSON.stringify({ pid: deadPid() }));
    const live = mkdtempSync(join(tmpdir(), 'shipgate-pg-'));
    writeFileSync(join(live, '.shipgate-owner'), JSON.stringify({ pid: process.pid }));
    // Each command sweeps as it starts (before building data or opening a page): it is
    // stopped once the sweep is seen, the rest of its run is not what this test checks.
    const m = spawnCli([
      'migrate',
      '--migrations',
      'test/fixtures/migrate/small-migrations',
      '--dataset',
      'test/fixtures/migrate/small.dataset.yaml',
      '--out',
      tempDir(),
    ]);
    await gone(stale, m);
    expect(existsSync(live)).toBe(true);
    m.child.kill('SIGINT');
    await m.exited;
    expect(existsSync(live)).toBe(true);
    const w = spawnCli(['web', '--url', `${base}/`, '--device', 'desktop', '--runs', '1', '--out', tempDir()]);
    await gone(staleLh, w);
    w.child.kill('SIGINT');
    await w.exited;
  }, 120_000);
});
