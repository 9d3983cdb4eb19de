// Ctrl-C / SIGTERM during a ramp: load stops quickly, the service shipgate started is
// stopped, a partial result.json says interrupted, and the exit code is 130.
import { describe, expect, it } from 'vitest';
import { readResult, spawnCli, tempDir, alive } from './helpers.ts';

function startRamp(out: string) {
  return spawnCli([
    'ramp',
    '--target-cmd', `${process.execPath} --import tsx src/demo/demo-service.ts --port {port} --capacity 1000 --delay-ms 5`,
    '--target', 'http://127.0.0.1:{port}/api/items', '--health', '/health',
    '--steps', '5,10,20', '--step-duration', '30s', '--warmup', '0.2s', '--out', out,
  ]);
}


describe('interrupts', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} mid-step: exit 130 within seconds, partial result, service stopped`, async () => {
      const out = tempDir();
      const run = startRamp(out);
      await run.waitFor(/started service/);
      const pid = Number(/pid (\d+)/.exec(run.stderr())?.[1] ?? NaN);
      await run.waitFor(/step 1\/3: 5 connections \.\.\./);
      await new Promise((r) => setTimeout(r, 1500));
      const sentAt = performance.now();
      run.child.kill(signal);
      const { code, at } = await run.exited;
      expect(code).toBe(130);
      expect(at - sentAt).toBeLessThan(4000);
      const r = readResult(out);
      expect(r.interrupted).toBe(true);
      expect(r.verdict).toBe('error');
      expect(r.probes.load!.status).toBe('error');
      expect(r.probes.load!.steps.length).toBeLessThanOrEqual(1);
      if (Number.isFinite(pid)) expect(alive(pid)).toBe(false);
    });
  }

  it('a second Ctrl-C exits at once', async () => {
    const out = tempDir();
    const run = startRamp(out);
    await run.waitFor(/step 1\/3/);
    await new Promise((r) => setTimeout(r, 800));
    const sentAt = performance.now();
    run.child.kill('SIGINT');
    run.child.kill('SIGINT');
    const { code, at } = await run.exited;
    expect(code).toBe(130);
    expect(at - sentAt).toBeLessThan(2000);
    expect(readResult(out).interrupted).toBe(true);
  });
});
