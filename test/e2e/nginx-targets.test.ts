// A breaking point found against a server no one here wrote: Debian's nginx, whose /rate/
// location serves a file behind limit_req at a known rate (503 beyond it). Timing-sensitive:
// the e2e-serial group runs it alone. Where the load goes (paths, mixes) is nginx-paths.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readResult, runCli, tempDir } from '../helpers.ts';
import { startNginx, type Nginx } from '../helpers/nginx.ts';

const RATE = 200;
let nginx: Nginx;

beforeAll(async () => {
  nginx = await startNginx({ rate: RATE, burst: 20 });
});
afterAll(async () => {
  await nginx?.stop();
});

describe('a breaking point on a real nginx', () => {
  it(`the breaking point of a limit_req location lands on its configured rate (${RATE}/s) within the refine tolerance`, async () => {
    const out = tempDir();
    const r = await runCli(
      // A cool-down lets nginx's bucket drain after an overloaded step, as it would be before the first.
      [
        'ramp',
        '--target',
        `${nginx.url}/rate/`,
        '--mode',
        'rate',
        '--steps',
        '100,400',
        '--refine',
        '--cooldown',
        '1s',
        '--step-duration',
        '2s',
        '--warmup',
        '0.5s',
        '--out',
        out,
      ],
      { timeoutMs: 100_000 },
    );
    expect(r.code, r.stderr).toBe(0);
    const load = readResult(out).probes.load!;
    const { lastGood, firstBad, found } = load.breakingPoint;
    expect(found).toBe(true);
    // Bisected to refineTolerance (10%), and the configured rate lies between the two levels
    // (2% slack: the 1% error criterion is crossed just above the limit).
    expect(firstBad! - lastGood!).toBeLessThanOrEqual(Math.ceil(0.1 * lastGood!));
    expect(lastGood!).toBeLessThanOrEqual(RATE * 1.02);
    expect(firstBad!).toBeGreaterThanOrEqual(RATE * 0.98);
    // Beyond the limit nginx answers 503: that is what broke the step.
    const bad = load.steps.find((s) => s.level === firstBad)!;
    expect(bad.errors['503']).toBeGreaterThan(0);
    expect(Object.keys(bad.errors)).toEqual(['503']);
  });
});
