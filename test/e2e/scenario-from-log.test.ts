// `shipgate scenario from-log` on a log a real server wrote: Debian's nginx, in its own
// "combined" format, after a known number of requests per route. The scenario's weights must
// be the shares we sent, its data files the ids we used; and the scenario must run, each
// request rendered with an id from those files (never a literal `{{ }}`), in both models.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { RampScenario } from '../../src/probes/load/scenario.ts';
import { runCli, tempDir } from '../helpers.ts';
import { typecheckK6Script } from '../k6-typecheck.ts';
import { flushed, startNginx, type Nginx } from '../helpers/nginx.ts';

let nginx: Nginx;
beforeAll(async () => {
  nginx = await startNginx({ rate: 1000 });
});
afterAll(async () => {
  await nginx?.stop();
});

const USER_IDS = Array.from({ length: 12 }, (_, i) => String(101 + i));
const ORDER_IDS = ['3f2c8a1e-5b7d-4c9e-8f10-2a3b4c5d6e7f', '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', '0b7e5a3c-1f2d-4e5f-8a9b-0c1d2e3f4a5b'];
/** What we send: method, path, and how many times. */
const PLAN: [string, (i: number) => string, number][] = [
  ['GET', (i) => `/api/users/${USER_IDS[i % USER_IDS.length]}`, 240],
  ['GET', () => '/api/products?page=2', 90],
  ['GET', (i) => `/api/orders/${ORDER_IDS[i % ORDER_IDS.length]}`, 45],
  ['POST', () => '/api/orders', 21],
  ['GET', (i) => `/api/users/${USER_IDS[i % USER_IDS.length]}/avatar`, 4],
];

async function drive(): Promise<void> {
  const jobs = PLAN.flatMap(([method, path, n]) => Array.from({ length: n }, (_, i) => [method, path(i)] as const));
  // A bounded loop, 8 at a time: the counts are exact, the rate is what it is.
  for (let i = 0; i < jobs.length; i += 8) {
    await Promise.all(
      jobs.slice(i, i + 8).map(async ([method, path]) => {
        const res = await fetch(`${nginx.url}${path}`, { method, ...(method === 'POST' ? { body: '{}' } : {}) });
        await res.arrayBuffer();
        expect(res.status).toBe(200);
      }),
    );
  }
}

describe('scenario from-log (real nginx, combined format)', () => {
  it('weights are the shares sent, ids go to data files, and the scenario runs with real ids', async () => {
    await drive();
    await flushed();
    const dir = tempDir();
    const out = join(dir, 'api.ramp.yaml');
    const run = await runCli(['scenario', 'from-log', nginx.combinedLog, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const sent = PLAN.reduce((a, [, , n]) => a + n, 0);
    expect(run.stdout).toContain(`read ${sent} requests`);

    const s = RampScenario.parse(parse(readFileSync(out, 'utf8')));
    expect(s.mode).toBe('rate');
    const byName = new Map(s.endpoints.map((e) => [e.name, e]));
    expect([...byName.keys()].sort()).toEqual([
      'GET /api/orders/:id',
      'GET /api/products',
      'GET /api/users/:id',
      'GET /api/users/:id/avatar',
      'POST /api/orders',
    ]);
    const wsum = s.endpoints.reduce((a, e) => a + e.weight, 0);
    const names = ['GET /api/users/:id', 'GET /api/products', 'GET /api/orders/:id', 'POST /api/orders', 'GET /api/users/:id/avatar'];
    const table = PLAN.map(([, , n], i) => ({ name: names[i]!, logShare: n / sent, weightShare: byName.get(names[i]!)!.weight / wsum }));
    console.log(table.map((r) => `${r.name}: log ${(r.logShare * 100).toFixed(2)}%, weight ${(r.weightShare * 100).toFixed(2)}%`).join('\n'));
    for (const r of table) expect(Math.abs(r.logShare - r.weightShare)).toBeLessThan(0.01);
    expect(byName.get('GET /api/users/:id')!.path).toBe('/api/users/{{ users_id.id }}');
    expect(byName.get('GET /api/users/:id/avatar')!.path).toBe('/api/users/{{ users_avatar_id.id }}/avatar');

    // The ids seen, per route shape, beside the scenario.
    const csv = (source: string) => readFileSync(join(dir, s.data[source]!.file), 'utf8').trim().split('\n');
    expect(csv('users_id')[0]).toBe('id');
    expect(csv('users_id').slice(1).sort()).toEqual(USER_IDS);
    expect(csv('orders_id').slice(1).sort()).toEqual([...ORDER_IDS].sort());
    // Steps are proposed around the log's peak rate (× 0.5, 1, 2, 5, 10).
    expect(s.steps).toHaveLength(5);
    expect(s.steps[1]! / s.steps[0]!).toBeCloseTo(2, 0);

    // Run it, briefly, in both models: every request nginx sees has a real id in its path.
    for (const [mode, level] of [
      ['rate', '100'],
      ['concurrency', '2'],
    ]) {
      const before = nginx.hits();
      const res = await runCli([
        'ramp',
        '--scenario',
        out,
        '--target',
        nginx.url,
        '--mode',
        mode!,
        '--steps',
        level!,
        '--expect',
        level!,
        '--step-duration',
        '1s',
        '--warmup',
        '0s',
        '--out',
        join(dir, mode!),
      ]);
      expect(res.stderr).not.toMatch(/internal error|usage/i);
      expect([0, 1], `${res.stdout}\n${res.stderr}`).toContain(res.code);
      await flushed();
      const paths = new Map<string, number>();
      for (const [path, statuses] of nginx.hits()) {
        const d = [...statuses.values()].reduce((a, b) => a + b, 0) - [...(before.get(path)?.values() ?? [])].reduce((a, b) => a + b, 0);
        if (d > 0) paths.set(path, d);
      }
      const total = [...paths.values()].reduce((a, b) => a + b, 0);
      expect(total).toBeGreaterThan(20);
      for (const p of paths.keys()) {
        expect(p).not.toMatch(/%7B|\{/);
        const id = /^\/api\/users\/([^/]+)/.exec(p)?.[1];
        if (id) expect(USER_IDS).toContain(id);
        const order = /^\/api\/orders\/([^/]+)/.exec(p)?.[1];
        if (order) expect(ORDER_IDS).toContain(order);
      }
      // More than one id was used: a row is picked per request.
      expect([...paths.keys()].filter((p) => /^\/api\/users\/\d+$/.test(p)).length).toBeGreaterThan(3);
    }

    // The same scenario exports to k6, its ids embedded and each templated request rendered.
    const k6 = await runCli(['k6', 'export', out, '--target', 'https://api.example.com/', '--steps', '10', '--out', join(dir, 'k6')]);
    expect(k6.stderr).toBe('');
    expect(k6.code).toBe(0);
    const script = readFileSync(join(dir, 'k6', 'ramp.js'), 'utf8');
    expect(typecheckK6Script(script)).toEqual([]);
    expect(script).toContain(`"users_id": new SharedArray("users_id", () => [`);
    expect(script).toContain('(rows) => ({ path: "/api/users/" + value(rows["users_id"], "id", "{{ users_id.id }}")');
  }, 60_000);

  it('JSON lines with their own field names; a file with no log lines is a usage error (exit 2)', async () => {
    const dir = tempDir();
    const log = join(dir, 'app.jsonl');
    const t0 = Date.UTC(2026, 0, 1, 12);
    const lines = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify({ verb: i % 4 === 0 ? 'POST' : 'GET', uri: i % 4 === 0 ? '/api/orders' : `/api/items/${i}?x=1`, code: 200, ts: (t0 + i * 250) / 1000 }),
    );
    writeFileSync(log, `${lines.join('\n')}\nnot json\n`);
    const out = join(dir, 'app.ramp.yaml');
    const run = await runCli(['scenario', 'from-log', log, '--fields', 'method=verb,path=uri,status=code,time=ts', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('read 40 requests');
    expect(run.stdout).toContain('1 lines not read');
    const s = RampScenario.parse(parse(readFileSync(out, 'utf8')));
    expect(s.endpoints.map((e) => [e.name, e.weight])).toEqual([
      ['GET /api/items/:id', 3],
      ['POST /api/orders', 1],
    ]);
    // 40 requests over 10 s, 4 in each second: average and peak 4/s.
    expect(s.steps).toEqual([2, 4, 8, 20, 40]);

    writeFileSync(join(dir, 'empty.log'), 'nothing here\n');
    const bad = await runCli(['scenario', 'from-log', join(dir, 'empty.log'), '--out', join(dir, 'x.ramp.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no combined log lines found/);
  });
});
