// Soak on real processes whose truth is known (test/helpers/memory-target.ts): one keeps 64 KB
// per request forever (a leak: growing, the memory gate fails), one climbs ~80 MB and drops
// back every 4 s (a cache that fills and flushes: its floor is flat, no leak), one keeps
// nothing (flat). A soak too short to tell says `insufficient`, which is never a pass (exit 3).
// The four soaks run side by side: each offers 40 requests/s, light for the machine. A sample
// a second for 30 s gives 30 samples (15 envelope points), as many as 2 s samples over a
// minute did, in half the time; the sawtooth still goes through seven cycles.
import { describe, expect, it } from 'vitest';
import type { CliRun } from '../helpers.ts';
import { readResult, runCli, tempDir } from '../helpers.ts';

function soak(mode: string, duration: string, targetArgs = ''): Promise<{ run: CliRun; out: string }> {
  const out = tempDir();
  return runCli(
    [
      'soak',
      '--target-cmd',
      `${process.execPath} --expose-gc --import tsx test/helpers/memory-target.ts --mode ${mode} --port {port}${targetArgs}`,
      '--target',
      'http://127.0.0.1:{port}/',
      '--mode',
      'rate',
      '--level',
      '40',
      '--duration',
      duration,
      '--warmup',
      '2s',
      '--sample-interval',
      '1s',
      '--out',
      out,
    ],
    // glibc returns freed 256 KB buffers to the system only with a fixed mmap threshold.
    { env: { MALLOC_MMAP_THRESHOLD_: '131072' }, timeoutMs: 110_000 },
  ).then((run) => ({ run, out }));
}

describe('shipgate soak tells a leak from a sawtooth and from flat', () => {
  it('leak: growing (slope, interval, time to its limit), gate fails; sawtooth and flat: flat, gates pass; too short: insufficient', async () => {
    const [leak, saw, flat, short] = await Promise.all([
      // 64 KB a request: freed start-up memory that new buffers reuse first hides a few MB of
      // the leak early on; at 16 KB (19 MB over the soak) RSS once rose at 675 MB/h, not 800.
      soak('leak', '30s', ' --leak-kb 64'),
      soak('sawtooth', '30s', ' --period-ms 4000 --kb 512'),
      soak('flat', '30s'),
      soak('flat', '8s'),
    ]);

    const rss = (out: string) => readResult(out).probes.soak!.trends['target RSS']!;
    const gate = (out: string, id: string) => readResult(out).gates.find((g) => g.id === id)!;

    expect(rss(leak.out)).toMatchObject({ verdict: 'growing' });
    // 40 req/s × 64 KB ≈ 9.2 GB/h kept; RSS shows well over the 800 MB/h asked here.
    expect(rss(leak.out).slopePerHour!).toBeGreaterThan(800);
    expect(rss(leak.out).slopeLowPerHour!).toBeGreaterThan(0);
    expect(rss(leak.out).p!).toBeLessThan(0.05);
    expect(rss(leak.out).hoursToLimit!).toBeGreaterThan(0);
    expect(gate(leak.out, 'soak-memory-growth')).toMatchObject({ outcome: 'fail' });
    expect(gate(leak.out, 'soak-memory-growth').actual!).toBeGreaterThan(800);
    expect(leak.run.code, leak.run.stderr).toBe(1);

    // The sawtooth really is one: its RSS spans tens of MB within the soak, and drops.
    const sawSamples = readResult(saw.out).probes.soak!.samples.map((s) => s.resources['target RSS']!);
    expect(Math.max(...sawSamples) - Math.min(...sawSamples)).toBeGreaterThan(40);
    expect(rss(saw.out).verdict).toBe('flat');
    expect(gate(saw.out, 'soak-memory-growth')).toMatchObject({ outcome: 'pass', actual: 0 });
    expect(saw.run.code, saw.run.stderr).toBe(0);

    expect(rss(flat.out).verdict).toBe('flat');
    expect(readResult(flat.out).probes.soak!.samples.length).toBeGreaterThanOrEqual(27);
    expect(flat.run.code, flat.run.stderr).toBe(0);

    expect(rss(short.out)).toMatchObject({ verdict: 'insufficient', slopePerHour: null });
    expect(gate(short.out, 'soak-memory-growth')).toMatchObject({ outcome: 'not-measured' });
    expect(short.run.code).toBe(3);
  }, 120_000);
});
