// --target-cmd: shipgate starts the service, samples its resources per step, and stops it.
import { describe, expect, it } from 'vitest';
import { readResult, runCli, tempDir, alive } from '../helpers.ts';

describe('resources per step', () => {
  it('samples the machine, the generator and the target process, and leaves no process behind', async () => {
    const out = tempDir();
    const run = await runCli([
      'ramp',
      '--target-cmd',
      `${process.execPath} --import tsx src/demo/demo-service.ts --port {port} --capacity 1000 --delay-ms 10`,
      '--target',
      'http://127.0.0.1:{port}/api/items',
      '--health',
      '/health',
      '--steps',
      '5,50',
      '--step-duration',
      '2s',
      '--warmup',
      '0.5s',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const steps = readResult(out).probes.load!.steps;
    expect(steps).toHaveLength(2);
    for (const s of steps) {
      const r = s.resources!;
      expect(r.samples).toBeGreaterThanOrEqual(3);
      expect(r.machine.cores).toBeGreaterThan(0);
      expect(r.machine.memPercent.mean).toBeGreaterThan(0);
      expect(r.target!.rssMB.mean).toBeGreaterThan(10);
      expect(r.target!.fds.mean).toBeGreaterThan(3);
    }
    // More connections: more open descriptors and more CPU in the target.
    expect(steps[1]!.resources!.target!.fds.max).toBeGreaterThan(steps[0]!.resources!.target!.fds.max + 30);
    expect(steps[1]!.resources!.target!.cpuPercent.mean).toBeGreaterThan(steps[0]!.resources!.target!.cpuPercent.mean);
    const pid = steps[0]!.resources!.target!.pid;
    expect(alive(pid)).toBe(false);
  });
});
