// Ctrl-C / SIGTERM during a ramp: load stops arriving at the target within a second, the
// service shipgate started is stopped, a partial result.json says interrupted, and the exit
// code is 130. A second Ctrl-C exits at once, even while the first one's cleanup is slow.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoStats } from '../../src/demo/demo-service.ts';
import { readResult, spawnCli, tempDir, alive } from '../helpers.ts';

/** A ramp against a demo service shipgate starts itself; `demoFlags` go to the service. */
function startRamp(out: string, demoFlags = '', steps = '5,10,20', extra: string[] = []) {
  return spawnCli([
    'ramp',
    '--target-cmd',
    `${process.execPath} --import tsx src/demo/demo-service.ts --port {port} --capacity 1000 --delay-ms 5 ${demoFlags}`,
    '--target',
    'http://127.0.0.1:{port}/api/items',
    '--health',
    '/health',
    '--steps',
    steps,
    '--step-duration',
    '30s',
    '--warmup',
    '0.2s',
    '--out',
    out,
    ...extra,
  ]);
}

async function servicePid(run: ReturnType<typeof startRamp>): Promise<number> {
  await run.waitFor(/started service \(pid \d+\)/);
  const pid = Number(/started service \(pid (\d+)\)/.exec(run.stderr())![1]);
  expect(alive(pid)).toBe(true);
  return pid;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('interrupts', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} mid-step: load stops at the target within 1 s, exit 130, partial result, service stopped`, async () => {
      const out = tempDir();
      const statsFile = join(tempDir(), 'stats.json');
      const run = startRamp(out, `--stats-file ${statsFile}`);
      const pid = await servicePid(run);
      await run.waitFor(/step 1\/3: 5 connections \.\.\./);
      await sleep(1500);
      const sentAt = Date.now();
      const sentPerf = performance.now();
      run.child.kill(signal);
      const { code, at } = await run.exited;
      expect(code).toBe(130);
      expect(at - sentPerf).toBeLessThan(4000);
      // Measured at the target: the service writes when its last request arrived as it stops.
      const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as DemoStats;
      expect(stats.apiRequests).toBeGreaterThan(50);
      expect(stats.lastRequestAt).toBeGreaterThan(sentAt - 500); // load was flowing at the signal
      expect(stats.lastRequestAt - sentAt).toBeLessThan(1000);
      const r = readResult(out);
      expect(r.interrupted).toBe(true);
      expect(r.verdict).toBe('error');
      expect(r.probes.load!.status).toBe('error');
      // The interrupted step is kept, and marked as not a complete measurement.
      expect(r.probes.load!.steps).toHaveLength(1);
      expect(r.probes.load!.steps[0]!.requests).toBeGreaterThan(0);
      expect(r.probes.load!.steps[0]!.trusted).toBe(false);
      expect(alive(pid)).toBe(false);
    });
  }

  it('SIGINT mid-step spread over two worker threads: the threads stop sending within 1 s, exit 130, partial result', async () => {
    const out = tempDir();
    const statsFile = join(tempDir(), 'stats.json');
    // 60 connections: 30 per thread, above the one-thread floor (worker-job.ts).
    const run = startRamp(out, `--stats-file ${statsFile}`, '60', ['--workers', '2']);
    const pid = await servicePid(run);
    await run.waitFor(/step 1\/1: 60 connections \.\.\./);
    await sleep(1500);
    const sentAt = Date.now();
    const sentPerf = performance.now();
    run.child.kill('SIGINT');
    const { code, at } = await run.exited;
    expect(code).toBe(130);
    expect(at - sentPerf).toBeLessThan(4000);
    const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as DemoStats;
    expect(stats.lastRequestAt).toBeGreaterThan(sentAt - 500);
    expect(stats.lastRequestAt - sentAt).toBeLessThan(1000);
    const r = readResult(out);
    expect(r.interrupted).toBe(true);
    expect(r.verdict).toBe('error');
    const step = r.probes.load!.steps[0]!;
    expect(step.generator!.workers).toBe(2);
    expect(step.requests).toBeGreaterThan(0);
    expect(step.trusted).toBe(false);
    expect(alive(pid)).toBe(false);
  });

  it('the first Ctrl-C waits for a service that is slow to stop (SIGTERM ignored: ~2 s to SIGKILL)', async () => {
    const out = tempDir();
    const run = startRamp(out, '--ignore-sigterm');
    const pid = await servicePid(run);
    await run.waitFor(/step 1\/3/);
    await sleep(500);
    const sentAt = performance.now();
    run.child.kill('SIGINT');
    const { code, at } = await run.exited;
    expect(code).toBe(130);
    expect(at - sentAt).toBeGreaterThan(1800);
    expect(alive(pid)).toBe(false);
  });

  it('a second Ctrl-C during that slow cleanup exits at once, still writes the partial result, leaves no service', async () => {
    const out = tempDir();
    const run = startRamp(out, '--ignore-sigterm');
    const pid = await servicePid(run);
    await run.waitFor(/step 1\/3/);
    await sleep(500);
    run.child.kill('SIGINT');
    await run.waitFor(/stopping load and cleaning up/);
    const secondAt = performance.now();
    run.child.kill('SIGINT');
    const { code, at } = await run.exited;
    expect(code).toBe(130);
    expect(at - secondAt).toBeLessThan(1000); // the cleanup alone takes ~2 s (test above)
    expect(readResult(out).interrupted).toBe(true);
    expect(alive(pid)).toBe(false);
  });
});
