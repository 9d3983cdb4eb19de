// Spike recovery against arithmetic: a single-worker FIFO server (test/helpers/queue-target.ts)
// serving 100 requests/s, offered 50/s, then 200/s for 2 s, then 50/s again. The spike leaves
// (200 − 100) × 2 = 200 requests queued, which drain at 100 − 50 = 50/s: 4 s. The measured
// recovery must be within 30% of that; with a recover window shorter than the drain, the
// target has not recovered and the gate fails. The same spike of arrivals: 25 → 100 → 25 new
// users/s, each running a two-request flow, is the same demand (50 → 200 → 50 requests/s), held
// 3 s: a 6 s drain (its last queued second measured 4-5 s of a 4 s drain, one 1 s bucket from
// the 30% bound).
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readResult, runCli, tempDir } from '../helpers.ts';

const TWO_REQUESTS = 'model: arrivals\nflow:\n  - name: list\n    request: { path: /work }\n  - name: detail\n    request: { path: /work }\n';

const spike = (recover: string, arrivals = false, hold = 2) => {
  const out = tempDir();
  const scenario = join(tempDir(), 'two-requests.yaml');
  if (arrivals) writeFileSync(scenario, TWO_REQUESTS);
  return runCli(
    [
      'spike',
      '--target-cmd',
      `${process.execPath} --import tsx test/helpers/queue-target.ts --service-ms 10 --port {port}`,
      '--target',
      arrivals ? 'http://127.0.0.1:{port}/' : 'http://127.0.0.1:{port}/work',
      '--health',
      '/health',
      ...(arrivals ? ['--scenario', scenario, '--mode', 'arrivals', '--base', '25', '--peak', '100'] : ['--base', '50', '--peak', '200']),
      '--warmup',
      '1s',
      '--before',
      '2s',
      '--hold',
      `${hold}s`,
      '--recover',
      recover,
      '--sustain',
      '3s',
      '--out',
      out,
    ],
    { timeoutMs: 80_000 },
  ).then((run) => ({ run, out }));
};

describe('shipgate spike', () => {
  it('measures the recovery of a queueing server within 30% of its drain time, and fails one that has not recovered', async () => {
    // A target failing every request before the spike (the demo shop without a token: 401s)
    // has no healthy band: "recovered" to 100% errors must not pass.
    const failingOut = tempDir();
    const failing = runCli(
      [
        'spike',
        '--target-cmd',
        `${process.execPath} --import tsx src/demo/demo-service.ts --port {port}`,
        '--target',
        'http://127.0.0.1:{port}/shop/products',
        '--health',
        '/health',
        ...['--base', '20', '--peak', '40', '--warmup', '1s', '--before', '2s', '--hold', '1s', '--recover', '3s', '--sustain', '1s', '--out', failingOut],
      ],
      { timeoutMs: 60_000 },
    );
    const [full, short, bad, failed] = await Promise.all([
      // Drain 4 s (+30% at most) and the 3 s it must hold: 9 s is enough to see it.
      spike('9s'),
      spike('4s'),
      runCli(['spike', '--target', 'http://127.0.0.1:9/', '--base', '50', '--peak', '20']),
      failing,
    ]);

    const b = readResult(full.out).probes.spike!;
    expect(full.run.code, full.run.stderr).toBe(0);
    expect(b.recovered).toBe(true);
    const drainS = ((200 - 100) * 2) / (100 - 50);
    expect(Math.abs(b.recoveryS! - drainS) / drainS).toBeLessThanOrEqual(0.3);
    // The backlog shows in the timeline: the first second after the spike waits ~2 s.
    const firstAfter = b.timeline.find((t) => t.phase === 'after')!;
    expect(firstAfter.p95Ms!).toBeGreaterThan(1500);
    expect(b.survived).toBe(true);
    expect(readResult(full.out).gates.find((g) => g.id === 'spike-recovery')).toMatchObject({ outcome: 'pass', actual: b.recoveryS });

    // The arrivals spike after the others: beside four more spikes and their targets on two
    // cores, its generator lagged once in CI (untrusted, exit 3).
    const arrivals = await spike('12s', true, 3);
    const a = readResult(arrivals.out).probes.spike!;
    expect(arrivals.run.code, `${a.untrustedReason ?? ''} ${arrivals.run.stderr}`).toBe(0);
    expect(a).toMatchObject({ mode: 'arrivals', base: 25, peak: 100, recovered: true });
    const arrivalsDrainS = ((200 - 100) * 3) / (100 - 50);
    expect(Math.abs(a.recoveryS! - arrivalsDrainS) / arrivalsDrainS).toBeLessThanOrEqual(0.3);
    expect(new Set(a.timeline.map((t) => t.offered))).toEqual(new Set([25, 100]));
    // Two requests per user: the spike's second holds about 2 × 100 requests due in it.
    const spikeSeconds = a.timeline.filter((t) => t.phase === 'spike');
    expect(Math.max(...spikeSeconds.map((t) => t.requests))).toBeGreaterThan(150);
    expect(a.timeline.find((t) => t.phase === 'after')!.p95Ms!).toBeGreaterThan(1000);

    const s = readResult(short.out).probes.spike!;
    expect(s).toMatchObject({ recovered: false, recoveryS: null });
    expect(readResult(short.out).gates.find((g) => g.id === 'spike-recovery')!.outcome).toBe('fail');
    expect(short.run.code).toBe(1);

    const f = readResult(failingOut);
    expect(f.probes.spike!.noBand).toMatch(/100% of requests failed before the spike/);
    expect(f.gates.find((g) => g.id === 'spike-recovery')).toMatchObject({ outcome: 'not-measured' });
    expect(failed.code).toBe(3);

    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/peak 20\/s is not above base 50\/s/);
  }, 120_000);
});
