// The web probe fails closed with a real Chromium: a browser that crashes mid-run, a page
// that never finishes loading, a journey step that hangs. Each ends in a bounded time with
// verdict error, a result.json that says why, and no Chromium left behind. Ctrl-C and SIGTERM
// are web-signals.test.ts (two files: the e2e-parallel tier runs them side by side).
import { describe, expect, it } from 'vitest';
import { readResult, spawnCli, tempDir } from '../helpers.ts';
import { useHangingSite, webArgs as web } from '../helpers/hanging-site.ts';
import { stillAlive, waitForDescendant } from '../helpers/proc-tree.ts';

const site = useHangingSite();

describe('web probe fails closed (real Chromium)', () => {
  it('the browser crashing mid-run → exit 3, why in result.json, earlier runs kept, no Chromium left', async () => {
    const out = tempDir();
    const run = spawnCli(web(out, '--url', `${site.base}/`, '--runs', '4'));
    await run.waitFor(/run 1\/4/, 90_000);
    const chromium = await waitForDescendant(run.child.pid!, /chrom/);
    const leader = chromium.find((p) => p.pid === p.pgid)!;
    await new Promise((r) => setTimeout(r, 400)); // inside run 2
    const killedAt = performance.now();
    process.kill(leader.pid, 'SIGKILL'); // the browser process alone: its helpers must not outlive the run
    const { code, at } = await run.exited;
    expect(code, `exit ${code}: ${run.stderr().split('\n').slice(-12).join(' | ')}`).toBe(3);
    expect(at - killedAt).toBeLessThan(15_000);
    const r = readResult(out);
    expect(r.verdict).toBe('error');
    const probe = r.probes.web!;
    expect(probe.status).toBe('error');
    expect(probe.message).toMatch(/Chromium .*exited/);
    expect(probe.pages![0]!.runs).toBeGreaterThanOrEqual(1);
    expect(probe.pages![0]!.metrics).not.toEqual({});
    expect(stillAlive(chromium)).toEqual([]);
  }, 120_000);

  // The bounds below run from the page's (or journey's) start, not from the command's: Node,
  // Chromium and Lighthouse start-up vary with the machine's load; the default page timeout
  // (45 s) or a journey step without its timeout would still be far over them.
  it('a sub-resource that never arrives → exit 3 within the page timeout', async () => {
    const out = tempDir();
    const run = spawnCli(web(out, '--url', `${site.base}/hang-sub`, '--runs', '1', '--page-timeout', '3s'));
    await run.waitFor(/lighthouse desktop \/hang-sub/, 90_000);
    const t0 = performance.now();
    const { code, at } = await run.exited;
    expect(code, run.stderr()).toBe(3);
    expect(at - t0).toBeLessThan(25_000);
    const r = readResult(out);
    expect(r.verdict).toBe('error');
    expect(r.probes.web!.pages![0]!.message).toMatch(/did not finish loading within 3s/);
  }, 60_000);

  it('a document that never arrives → exit 3 within the page timeout', async () => {
    const out = tempDir();
    const run = spawnCli(web(out, '--url', `${site.base}/hang-doc`, '--runs', '1', '--page-timeout', '2s'));
    await run.waitFor(/lighthouse desktop \/hang-doc/, 90_000);
    const t0 = performance.now();
    const { code, at } = await run.exited;
    expect(code, run.stderr()).toBe(3);
    expect(at - t0).toBeLessThan(25_000);
    expect(readResult(out).probes.web!.pages![0]!.message).toMatch(/no answer within 2000 ms/);
  }, 60_000);

  it('a journey step that hangs → exit 3 within the journey timeout', async () => {
    const journey = site.stuckJourney(1500);
    const out = tempDir();
    const run = spawnCli(['web', '--journey', journey, '--journey-runs', '1', '--out', out]);
    await run.waitFor(/journey stuck/, 90_000);
    const t0 = performance.now();
    const { code, at } = await run.exited;
    expect(code, run.stderr()).toBe(3);
    expect(at - t0).toBeLessThan(15_000);
    const j = readResult(out).probes.web!.journeys![0]!;
    expect(j.status).toBe('error');
    expect(j.message).toMatch(/took over 1.5 s/);
  }, 60_000);
});
