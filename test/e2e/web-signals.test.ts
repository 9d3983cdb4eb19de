// Ctrl-C and SIGTERM stop the web probe with a real Chromium: during a hung journey step and
// during the Lighthouse runs, each ends in seconds with exit 130, a partial result.json and no
// Chromium left behind. The failures without a signal are web-failclosed.test.ts.
import { describe, expect, it } from 'vitest';
import { readResult, spawnCli, tempDir } from '../helpers.ts';
import { useHangingSite, webArgs as web } from '../helpers/hanging-site.ts';
import { descendants, stillAlive, waitForDescendant } from '../helpers/proc-tree.ts';

const site = useHangingSite();

describe('web probe stops on a signal (real Chromium)', () => {
  it('SIGINT during a hung journey step → exit 130 within seconds, no Chromium left', async () => {
    const journey = site.stuckJourney(60000);
    const out = tempDir();
    const stuck = site.hangDocAsked();
    const run = spawnCli(['web', '--journey', journey, '--journey-runs', '2', '--out', out]);
    const chromium = await waitForDescendant(run.child.pid!, /chrom/);
    // Not a fixed delay: under load Chromium may still be starting 1.5 s after it appears, and a
    // signal before the journey began leaves no journey block to check.
    await stuck;
    const sentAt = performance.now();
    run.child.kill('SIGINT');
    const { code, at } = await run.exited;
    expect(code, run.stderr()).toBe(130);
    expect(at - sentAt).toBeLessThan(5000);
    const r = readResult(out);
    expect(r.interrupted).toBe(true);
    expect(r.probes.web!.status).toBe('error');
    expect(r.probes.web!.journeys![0]!.status).toBe('error');
    expect(stillAlive(chromium)).toEqual([]);
  }, 60_000);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} during a Lighthouse run → exit 130 within seconds, partial result, no Chromium left`, async () => {
      const out = tempDir();
      const run = spawnCli(web(out, '--url', `${site.base}/`, '--runs', '5'));
      await run.waitFor(/run 1\/5/, 90_000);
      const chromium = await waitForDescendant(run.child.pid!, /chrom/);
      await new Promise((r) => setTimeout(r, 300));
      const sentAt = performance.now();
      run.child.kill(signal);
      const { code, at } = await run.exited;
      expect(code, run.stderr()).toBe(130);
      expect(at - sentAt).toBeLessThan(5000);
      const r = readResult(out);
      expect(r.interrupted).toBe(true);
      expect(r.verdict).toBe('error');
      expect(r.probes.web!.status).toBe('error');
      expect(r.probes.web!.pages![0]!.runs).toBeGreaterThanOrEqual(1);
      expect(stillAlive(chromium)).toEqual([]);
      expect(descendants(run.child.pid!)).toEqual([]);
    }, 120_000);
  }
});
