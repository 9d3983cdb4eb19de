// Load goes to exactly the URL it was given, proven against a server no one here wrote:
// Debian's nginx, whose paths answer differently (root 403, /static/ a file). The access log
// says where every request went. Light load (4 connections, 50-80 requests/s) and nothing
// judged against a tight budget: the parallel e2e group runs it. The breaking point of
// nginx's limit_req is timed alone, in nginx-targets.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readResult, runCli, tempDir } from '../helpers.ts';
import { flushed, startNginx, type Nginx } from '../helpers/nginx.ts';

const RATE = 200;
let nginx: Nginx;

beforeAll(async () => {
  nginx = await startNginx({ rate: RATE, burst: 20 });
});
afterAll(async () => {
  await nginx?.stop();
});

/** Requests nginx saw per path since the last call, with their statuses. */
function seenSince(before: Map<string, Map<number, number>>): Map<string, Map<number, number>> {
  const now = nginx.hits();
  const out = new Map<string, Map<number, number>>();
  for (const [path, statuses] of now) {
    for (const [status, n] of statuses) {
      const d = n - (before.get(path)?.get(status) ?? 0);
      if (d > 0) out.set(path, (out.get(path) ?? new Map()).set(status, d));
    }
  }
  return out;
}

const total = (m: Map<number, number> | undefined) => [...(m ?? new Map<number, number>()).values()].reduce((a, b) => a + b, 0);

describe('load goes to the URL it was given (real nginx)', () => {
  for (const mode of ['concurrency', 'rate'] as const) {
    it(`${mode}: --target with a path loads that path, nothing else`, async () => {
      const before = nginx.hits();
      const out = tempDir();
      const level = mode === 'rate' ? '50' : '4';
      const r = await runCli([
        'ramp',
        '--target',
        `${nginx.url}/static/`,
        '--mode',
        mode,
        '--steps',
        level,
        '--step-duration',
        '1s',
        '--warmup',
        '0.2s',
        '--out',
        out,
      ]);
      await flushed();
      const seen = seenSince(before);
      expect([...seen.keys()]).toEqual(['/static/']);
      expect(seen.get('/static/')!.get(200)).toBeGreaterThan(10);
      expect(r.code, r.stderr).toBe(0);
      const step = readResult(out).probes.load!.steps[0]!;
      expect(step.errorRate).toBe(0);
      expect(step.requests).toBeGreaterThan(10);
    });

    it(`${mode}: a scenario's single endpoint path is loaded, not the target's root`, async () => {
      const dir = tempDir();
      const scenario = join(dir, 'static.ramp.yaml');
      writeFileSync(scenario, 'endpoints:\n  - { path: /static/ }\n');
      const before = nginx.hits();
      const out = tempDir();
      const level = mode === 'rate' ? '50' : '4';
      const r = await runCli([
        'ramp',
        '--target',
        nginx.url,
        '--scenario',
        scenario,
        '--mode',
        mode,
        '--steps',
        level,
        '--step-duration',
        '1s',
        '--warmup',
        '0.2s',
        '--out',
        out,
      ]);
      await flushed();
      const seen = seenSince(before);
      expect([...seen.keys()]).toEqual(['/static/']);
      expect(r.code, r.stderr).toBe(0);
      expect(readResult(out).probes.load!.steps[0]!.errorRate).toBe(0);
    });
  }

  it('a weighted mix goes to each path in its proportion, appended to the target path', async () => {
    const dir = tempDir();
    const scenario = join(dir, 'mix.ramp.yaml');
    // Target path "/" + "/static/" and "/forbidden": 3 to 1; the root answers 403.
    writeFileSync(scenario, 'endpoints:\n  - { path: /static/, weight: 3 }\n  - { path: /forbidden, weight: 1 }\n');
    const before = nginx.hits();
    const out = tempDir();
    await runCli([
      'ramp',
      '--target',
      `${nginx.url}/`,
      '--scenario',
      scenario,
      '--mode',
      'rate',
      '--steps',
      '80',
      '--step-duration',
      '1s',
      '--warmup',
      '0.2s',
      '--out',
      out,
    ]);
    await flushed();
    const seen = seenSince(before);
    expect([...seen.keys()].sort()).toEqual(['/forbidden', '/static/']);
    const share = total(seen.get('/static/')) / (total(seen.get('/static/')) + total(seen.get('/forbidden')));
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.8);
    expect([...seen.get('/forbidden')!.keys()]).toEqual([403]);
    const step = readResult(out).probes.load!.steps[0]!;
    // The 403s are errors of the step, counted by status.
    expect(step.errors['403']).toBeGreaterThan(0);
    expect(step.errorRate).toBeGreaterThan(0.2);
    expect(step.errorRate).toBeLessThan(0.3);
  });

  it('a forbidden root breaks the ramp at its first step (the path is not silently changed)', async () => {
    const out = tempDir();
    const r = await runCli(['ramp', '--target', `${nginx.url}/`, '--steps', '2,4', '--step-duration', '1s', '--warmup', '0.2s', '--out', out]);
    expect(r.code, r.stderr).toBe(1);
    const load = readResult(out).probes.load!;
    expect(load.steps).toHaveLength(1);
    expect(load.steps[0]!.errors['403']).toBe(load.steps[0]!.requests);
    expect(load.breakingPoint).toMatchObject({ found: true, lastGood: null, firstBad: 2 });
  });
});
