// `shipgate scenario from-har` on a real browser recording (test/fixtures/har/shop.har, made
// by test/helpers/record-shop-har.ts: chromium logging in to the demo shop). The flow it writes
// must run against a fresh demo service with every request authorized: the login's token was
// turned into a capture and a `{{ token }}` in the later requests, and the login runs once
// per virtual user. The shop itself counts 401s and logins (GET /shop/stats).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { RunningService } from '../../src/core/service.ts';
import type { ShopStats } from '../../src/demo/shop-api.ts';
import { RampScenario } from '../../src/probes/load/scenario.ts';
import { ROOT, readResult, runCli, startDemo, tempDir } from '../helpers.ts';
import { typecheckK6Script } from '../k6-typecheck.ts';

const HAR = join(ROOT, 'test/fixtures/har/shop.har');
const USERS = 5;

let svc: RunningService;
beforeAll(async () => {
  svc = await startDemo('');
});
afterAll(async () => {
  await svc?.stop();
});

describe('scenario from-har (a real chromium recording of the demo shop)', () => {
  it('writes a flow of the API calls with the token captured, and it runs with no 401', async () => {
    const dir = tempDir();
    const out = join(dir, 'shop.ramp.yaml');
    const gen = await runCli(['scenario', 'from-har', HAR, '--out', out]);
    expect(gen.stderr).toBe('');
    expect(gen.code).toBe(0);
    expect(gen.stdout).toMatch(/left out: 4 static, 2 third-party/);

    const s = RampScenario.parse(parse(readFileSync(out, 'utf8')));
    expect(s.mode).toBe('users');
    const flow = s.flow!;
    // The page's API calls in order; no script, stylesheet, image, font, document or beacon.
    expect(flow.map((st) => `${st.request.method} ${st.request.path}`)).toEqual([
      'POST /shop/login',
      'GET /shop/products',
      'POST /shop/orders',
      'GET /shop/orders',
    ]);
    expect(flow[0]).toMatchObject({ once: true, capture: { token: { json: '$.token' } }, expect: { status: 200 } });
    for (const st of flow.slice(1)) {
      expect(st.once).toBe(false);
      expect(st.request.headers.authorization).toBe('Bearer {{ token }}');
    }
    expect(flow[1]!.request.query).toEqual({ limit: '20' });
    expect(flow[2]!.request.json).toEqual({ productId: 3 });
    expect(flow[2]!.expect).toEqual({ status: 201 });
    // Think times are the recording's gaps (the page sleeps 700, 1200 and 400 ms), to 100 ms.
    expect(flow.slice(0, 3).map((st) => st.think?.minMs)).toEqual([700, 1200, 400]);
    // No recorded token is left in the flow.
    expect(readFileSync(out, 'utf8')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

    const run = await runCli(
      ['ramp', '--scenario', out, '--target', svc.url, '--steps', String(USERS), '--step-duration', '2s', '--warmup', '0.5s', '--out', join(dir, 'run')],
      { timeoutMs: 60_000 },
    );
    expect(run.stderr).not.toMatch(/internal error/);
    const load = readResult(join(dir, 'run')).probes.load!;
    const step = load.steps[0]!;
    console.log(
      `from-har flow run: ${step.requests} requests in the window, errors ${JSON.stringify(step.errors)}, iterations ${JSON.stringify(step.iterations)}`,
    );
    expect(step.requests).toBeGreaterThan(USERS);
    expect(step.errors['401'] ?? 0).toBe(0);
    expect(step.errorRate).toBe(0);

    const stats = (await (await fetch(`${svc.url}/shop/stats`)).json()) as ShopStats;
    console.log(`shop stats: unauthorized ${stats.unauthorized}, logins ${JSON.stringify(stats.logins)}, orders ${stats.orders}`);
    expect(stats.unauthorized).toBe(0);
    // Once per virtual user: the recorded user (alice) logged in exactly USERS times.
    expect(stats.logins).toEqual({ alice: USERS });
    // The recorded pauses are kept (0.7 s after login, 1.2 s before ordering): in 2.5 s a user
    // orders once, maybe twice, where a flow without think times would order hundreds of times.
    expect(stats.orders).toBeGreaterThanOrEqual(1);
    expect(stats.orders).toBeLessThanOrEqual(2 * USERS);
  }, 60_000);

  it('the same flow exports to a k6 script that type-checks: login once per VU, the token captured and sent', async () => {
    const dir = tempDir();
    const scenario = join(dir, 'shop.ramp.yaml');
    expect((await runCli(['scenario', 'from-har', HAR, '--out', scenario])).code).toBe(0);
    const k6 = await runCli(['k6', 'export', scenario, '--target', 'https://shop.example.com/', '--steps', '5,10', '--out', join(dir, 'k6')]);
    expect(k6.stderr).toBe('');
    expect(k6.code).toBe(0);
    const script = readFileSync(join(dir, 'k6', 'ramp.js'), 'utf8');
    expect(typecheckK6Script(script)).toEqual([]);
    expect(script).toContain('"level_1_5":{"executor":"constant-vus","vus":5');
    expect(script).toContain('const c_token = jsonAt(res, ["token"]);');
    expect(script).toContain('"authorization": "Bearer " + value(vars, "token", "{{ token }}")');
    expect(script).toMatch(/if \(!onceDone\) \{\s+if \(!step0\(rows, tags\)\) return;\s+onceDone = true;/);
    expect(script).toContain('sleep(1.2);');
    // Not a HAR: a usage error naming what is missing, nothing written.
    const bad = await runCli(['scenario', 'from-har', join(ROOT, 'package.json'), '--out', join(dir, 'bad.ramp.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/log/);
  }, 60_000);
});
