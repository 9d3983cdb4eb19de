// Virtual users against a server that checks what a fake could not: the demo shop refuses a
// request without a valid token (401), counts logins per user and the gaps between one user's
// requests (GET /shop/stats). A flow that logs in, captures the token, lists and buys must
// produce zero 401s, one login per user with unique data, per-name stats, and server-side
// gaps that match the think time; a flow that forgets the token must fail, not pass.
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningService } from '../../src/core/service.ts';
import type { ShopStats } from '../../src/demo/shop-api.ts';
import { readResult, runCli, startDemo, tempDir } from '../helpers.ts';

let svc: RunningService | undefined;
afterEach(async () => {
  await svc?.stop();
  svc = undefined;
});

const stats = async (): Promise<ShopStats> => (await fetch(`${svc!.url}/shop/stats`)).json() as Promise<ShopStats>;

/** A scenario folder: users.csv with `rows` users, and the scenario with `flow` spliced in. */
function scenario(rows: number, head: string, flow = FLOW): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'users.csv'), ['user,password', ...Array.from({ length: rows }, (_, i) => `user${i + 1},pw-user${i + 1}`)].join('\n'));
  writeFileSync(join(dir, 'shop.yaml'), `${head}\ndata:\n  users: { file: users.csv, order: unique }\nflow:\n${flow}`);
  return join(dir, 'shop.yaml');
}

const FLOW = `
  - name: login
    once: true
    request:
      method: POST
      path: /shop/login
      json: { user: "{{ users.user }}", password: "{{ users.password }}" }
    capture:
      token: { json: $.token }
  - name: products
    request:
      path: /shop/products
      headers: { authorization: "Bearer {{ token }}" }
    capture:
      productId: { json: "$.products[2].id" }
  - name: buy
    request:
      method: POST
      path: /shop/orders
      headers: { authorization: "Bearer {{ token }}" }
      json: { productId: "{{ productId }}" }
    expect: { status: 201 }
`;

const ramp = (file: string, out: string, ...extra: string[]) => runCli(['ramp', '--target', svc!.url, '--scenario', file, '--out', out, ...extra]);

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(q * (s.length - 1))]!;
}

describe('virtual users (mode users) against a token-checking shop', () => {
  it('logs each user in once with its own row, carries the token, and paces by the think time', async () => {
    svc = await startDemo('--capacity 1000 --delay-ms 2');
    const file = scenario(40, 'model: users\nsteps: [40]\nstepDuration: 2s\nwarmup: 1s\nthinkTime: 300ms-500ms');
    const out = tempDir();
    const gates = join(out, 'named.gates.yaml');
    writeFileSync(gates, 'load:\n  gates:\n    - { id: login-p95, metric: "http_req_duration{name:login}", expression: "p(95)<1000" }\n');
    const run = await ramp(file, out, '--gates', 'gates/default.gates.yaml', '--gates', gates);
    expect(run.code, run.stderr).toBe(0);
    const shop = await stats();
    // One login per virtual user, every user a different row, and nothing sent without a token.
    expect(Object.keys(shop.logins).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `user${i + 1}`).sort());
    expect(Math.max(...Object.values(shop.logins))).toBe(1);
    expect(shop.unauthorized).toBe(0);
    expect(shop.orders).toBeGreaterThan(0);
    // The server sees each user pause 300–500 ms between its requests.
    expect(shop.gapsMs.length).toBeGreaterThan(100);
    expect(quantile(shop.gapsMs, 0.05)).toBeGreaterThanOrEqual(290);
    expect(quantile(shop.gapsMs, 0.5)).toBeGreaterThan(350);
    expect(quantile(shop.gapsMs, 0.5)).toBeLessThan(480);
    expect(quantile(shop.gapsMs, 0.95)).toBeLessThan(650);

    const load = readResult(out).probes.load!;
    expect(load.mode).toBe('users');
    const step = load.steps[0]!;
    expect(Object.keys(step.byName!)).toEqual(['login', 'products', 'buy']);
    // Logins happen while users arrive (warm-up): counted for the login row, marked as such.
    expect(step.byName!.login).toMatchObject({ requests: 40, errorRate: 0, includesWarmup: true });
    expect(step.byName!.products!.requests).toBeGreaterThan(50);
    expect(step.byName!.buy!.errorRate).toBe(0);
    expect(step.errors).toEqual({});
    expect(step.iterations!.failed).toBe(0);
    expect(step.iterations!.completed).toBeGreaterThan(50);
    // 40 users, each a request every ~0.4 s: about 100 req/s, whatever the server could take.
    expect(step.rps).toBeGreaterThan(70);
    expect(step.rps).toBeLessThan(130);
    // Think time is not in the iteration's duration (two fast requests, not ~0.4 s).
    expect(step.iterations!.durationMs.p50!).toBeLessThan(150);
    const r = readResult(out);
    expect(r.gates.find((g) => g.id === 'login-p95')).toMatchObject({ outcome: 'pass', at: 'level 40 users (login)' });
    expect(r.gates.find((g) => g.id === 'flow-iterations-failed')).toMatchObject({ outcome: 'pass', actual: 0 });
  });

  it('a flow that forgets the token on one request shows 401s as that request’s errors and fails', async () => {
    svc = await startDemo('--capacity 1000 --delay-ms 2');
    const forgot = FLOW.replace(/(- name: buy[\s\S]*?)headers: \{ authorization: "Bearer \{\{ token \}\}" \}\n\s*/, '$1');
    expect(forgot).not.toEqual(FLOW);
    const file = scenario(20, 'model: users\nsteps: [20]\nstepDuration: 1.5s\nwarmup: 0.5s\nthinkTime: 50ms', forgot);
    const out = tempDir();
    const run = await ramp(file, out);
    expect(run.code, run.stderr).toBe(1);
    const step = readResult(out).probes.load!.steps[0]!;
    expect(step.byName!.buy!.errors['401']).toBe(step.byName!.buy!.requests);
    expect(step.byName!.products!.errorRate).toBe(0);
    expect(step.errors['401']).toBeGreaterThan(0);
    expect(Object.keys(step.iterations!.failures)).toEqual(['buy: status 401']);
    expect((await stats()).unauthorized).toBeGreaterThanOrEqual(step.byName!.buy!.requests);
    const gates = readResult(out).gates;
    expect(gates.find((g) => g.id === 'api-error-rate')!.outcome).toBe('fail');
    expect(gates.find((g) => g.id === 'flow-iterations-failed')!.outcome).toBe('fail');
  });

  it('a capture that finds nothing fails the iteration by name and never sends the missing value', async () => {
    svc = await startDemo('--capacity 1000 --delay-ms 2');
    const file = scenario(10, 'model: users\nsteps: [10]\nstepDuration: 1s\nwarmup: 0.5s', FLOW.replace('$.token', '$.access_token'));
    const out = tempDir();
    const run = await ramp(file, out);
    expect(run.code, run.stderr).toBe(1);
    const step = readResult(out).probes.load!.steps[0]!;
    expect(Object.keys(step.iterations!.failures)).toEqual(['login: capture token found nothing']);
    expect(step.iterations!.completed).toBe(0);
    expect(step.byName!.products!.requests).toBe(0);
    expect(step.breaks!.join()).toMatch(/failed iterations 100%/);
    expect((await stats()).unauthorized).toBe(0);
  });

  it('too few rows for unique data is a usage error before any load, naming the file and the count', async () => {
    svc = await startDemo('--capacity 1000 --delay-ms 2');
    const file = scenario(30, 'model: users\nsteps: [10, 50]\nstepDuration: 1s');
    const run = await ramp(file, tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/users\.csv.*has 30 rows.*starts 50 virtual users/);
    expect((await stats()).logins).toEqual({});
  });
});

describe('arrivals (open model): new users per second, each running the flow once', () => {
  it('starts the offered users per second, each logging in once with its own row', async () => {
    svc = await startDemo('--capacity 1000 --delay-ms 2');
    const file = scenario(200, 'model: arrivals\nsteps: [30]\nstepDuration: 2s\nwarmup: 0.5s\nthinkTime: 100ms');
    const out = tempDir();
    const run = await ramp(file, out);
    expect(run.code, run.stderr).toBe(0);
    const shop = await stats();
    expect(Math.max(...Object.values(shop.logins))).toBe(1);
    // 30/s over 2.5 s: ~75 users started, all of whom were let in.
    expect(Object.keys(shop.logins).length).toBeGreaterThanOrEqual(70);
    expect(shop.unauthorized).toBe(0);
    const step = readResult(out).probes.load!.steps[0]!;
    expect(readResult(out).probes.load!.mode).toBe('arrivals');
    expect(step.trusted).toBe(true);
    // Users who arrived in the 2 s window (~60) each finish their whole flow, none failed.
    expect(step.iterations!.completed).toBeGreaterThanOrEqual(57);
    expect(step.iterations!.completed).toBeLessThanOrEqual(62);
    expect(step.iterations!.failed).toBe(0);
    expect(step.byName!.login!.requests).toBeGreaterThanOrEqual(step.iterations!.completed);
  });
});
