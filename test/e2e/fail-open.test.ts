// A gate never passes what it did not judge. Each test here is a fail-open case that was
// once real: a probe run without gates, a missing baseline skipped in silence, a gate that
// matched nothing, usage errors found after minutes of measuring, bad flags taken as defaults,
// one gate id in two files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readResult, runCli, tempDir } from '../helpers.ts';
import { bulkFromOsv, startFakeRegistry } from '../helpers/fake-npm-registry.ts';

const FIX = 'test/fixtures';
const DEMO = `${process.execPath} --import tsx src/demo/demo-service.ts --port {port} --capacity 1000 --delay-ms 2`;

function file(name: string, body: unknown): string {
  const f = join(tempDir(), name);
  writeFileSync(f, typeof body === 'string' ? body : stringify(body));
  return f;
}

const quickLoad = {
  service: { command: DEMO, url: 'http://127.0.0.1:{port}/api/items', health: '/health' },
  steps: [5],
  stepDuration: '1s',
  warmup: '0.2s',
};

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>ok</title><h1>ok</h1>'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('every probe that runs is judged', () => {
  it('run with a migrate section and no gates judges migrations by the playbook, exactly like `shipgate migrate`', async () => {
    const migrate = { migrations: `${FIX}/migrate/small-migrations`, dataset: `${FIX}/migrate/small.dataset.yaml`, largeTableRows: 10_000 };
    const out = tempDir();
    const r = await runCli(['run', '--config', file('c.yaml', { migrate }), '--out', out], { timeoutMs: 120_000 });
    const single = tempDir();
    const m = await runCli(['migrate', '--migrations', migrate.migrations, '--dataset', migrate.dataset, '--large-table-rows', '10000', '--out', single], {
      timeoutMs: 120_000,
    });
    // 002 rewrites the 20,000-row table (ALTER TYPE bigint): the playbook's rewrite gate fails.
    expect(r.code, r.stderr).toBe(1);
    expect(m.code, m.stderr).toBe(1);
    const judged = (dir: string) =>
      readResult(dir)
        .gates.map((g) => [g.id, g.outcome])
        .sort();
    expect(judged(out)).toEqual(judged(single));
    expect(judged(out)).toContainEqual(['large-table-rewrite', 'fail']);
    expect(judged(out).length).toBeGreaterThanOrEqual(4);
  }, 240_000);

  it('a gate file section that is empty, so nothing would judge the probe, is exit 2 before measuring', async () => {
    const g = file('g.yaml', 'load:\n  gates: []\n');
    const r = await runCli(['ramp', '--target', 'http://127.0.0.1:9/', '--gates', g, '--out', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the load probe runs but no gate would judge it: its section in .*g\.yaml is empty/);
  });

  it('a gate whose tags match nothing measured is not-measured (exit 3); marked optional, it is dropped', async () => {
    // One desktop-only run judges all three: the desktop gate has a page, the two mobile
    // gates none; the strict one is not-measured, the optional one leaves no gate at all.
    const gates = file('g.yaml', {
      web: {
        gates: [
          { id: 'desktop-lcp', metric: 'lcp{device:desktop}', expression: 'med<60000' },
          { id: 'mobile-lcp', metric: 'lcp{device:mobile}', expression: 'med<60000' },
          { id: 'mobile-tbt', metric: 'tbt{device:mobile}', expression: 'med<60000', optional: true },
        ],
      },
    });
    const out = tempDir();
    const r = await runCli(['web', '--url', `${base}/`, '--device', 'desktop', '--runs', '1', '--gates', gates, '--out', out]);
    expect(r.code, r.stderr).toBe(3);
    const judged = readResult(out).gates;
    expect(judged.map((g) => [g.id, g.outcome])).toEqual([
      ['desktop-lcp /', 'pass'],
      ['mobile-lcp', 'not-measured'],
    ]);
    const mobile = judged.find((g) => g.id === 'mobile-lcp')!;
    expect(mobile).toMatchObject({ outcome: 'not-measured', actual: null });
    expect(mobile.message).toMatch(/no measured page matches lcp\{device:mobile\}/);
  }, 120_000);
});

describe('a configured baseline that is missing is said, not skipped', () => {
  const audit = { dir: `${FIX}/lockfiles/clean-app`, advisories: `${FIX}/advisories` };

  it('config baseline.file missing: a warn gate, and the reports say nothing was compared', async () => {
    const out = tempDir();
    const r = await runCli(['run', '--config', file('c.yaml', { audit, baseline: { file: 'no/such/baseline.json' } }), '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const res = readResult(out);
    expect(res.verdict).toBe('warn');
    expect(res.gates.find((g) => g.id === 'baseline')).toMatchObject({ level: 'warn', outcome: 'not-measured' });
    expect(res.baseline).toMatchObject({ missing: true, comparisons: [] });
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/no\/such\/baseline\.json named in the config does not exist: nothing was compared/);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/nothing was compared/);
  });

  it('--baseline that is missing stays exit 2', async () => {
    const r = await runCli(['run', '--config', file('c.yaml', { audit }), '--baseline', 'no/such/baseline.json', '--out', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--baseline no\/such\/baseline\.json: no such file/);
  });
});

describe('usage errors are found before anything is measured', () => {
  for (const [what, extra, message] of [
    ['a relative web URL with no site', { web: { pages: ['/checkout'] } }, /relative page or journey URL needs a site/],
    [
      'a dump file that does not exist',
      { migrate: { migrations: `${FIX}/migrate/small-migrations`, dump: 'no-such.dump' } },
      /dump no-such\.dump: no such file/,
    ],
  ] as const) {
    it(`run: ${what} is exit 2 before the load probe starts`, async () => {
      const out = tempDir();
      const r = await runCli(['run', '--config', file('c.yaml', { load: quickLoad, ...extra }), '--out', out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/started service|step 1/);
      expect(existsSync(join(out, 'result.json'))).toBe(false);
    });
  }

  it('a waiver too long for a finding a live audit found mid-run: the audit is an error, the load measured before it is kept', async () => {
    const records = ['GHSA-35jh-r3h4-6jhm.json', 'GHSA-p6mc-m468-83gw.json'].map(
      (f) => JSON.parse(readFileSync(join(FIX, 'advisories', f), 'utf8')) as unknown,
    );
    const registry = await startFakeRegistry({ kind: 'advisories', bulk: bulkFromOsv(records) });
    try {
      const today = new Date().toISOString().slice(0, 10);
      const later = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
      // lodash's advisory is high: its window is 3 days, this waiver lasts 20.
      const waivers = file('w.yaml', { waivers: [{ id: 'GHSA-35jh-r3h4-6jhm', reason: 'r', owner: 'o', granted: today, expires: later }] });
      const out = tempDir();
      const r = await runCli(['run', '--config', file('c.yaml', { load: quickLoad, audit: { dir: `${FIX}/lockfiles/vuln-app-v3`, waivers } }), '--out', out], {
        env: { npm_config_registry: registry.url },
      });
      expect(r.code, r.stderr).toBe(3);
      const res = readResult(out);
      expect(res.probes.load!.status).toBe('ok');
      expect(res.probes.load!.steps).toHaveLength(1);
      expect(res.probes.audit!.status).toBe('error');
      expect(res.probes.audit!.message).toMatch(/waives a high finding for 20 days .*response window is 3 day/);
    } finally {
      await registry.close();
    }
  });

  for (const cmd of [
    ['ramp', '--target', 'http://127.0.0.1:9/'],
    ['migrate', '--migrations', `${FIX}/migrate/small-migrations`],
    ['web', '--url', 'http://127.0.0.1:9/'],
  ]) {
    it(`${cmd[0]} --max-run-time nonsense is exit 2, not the default`, async () => {
      const r = await runCli([...cmd, '--max-run-time', 'nonsense', '--out', tempDir()]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/"nonsense" is not a duration/);
    });
  }

  it('one gate id in two gate files is exit 2 naming both files', async () => {
    const a = file('a.gates.yaml', 'load:\n  gates:\n    - { id: p95, metric: http_req_duration, expression: "p(95)<500" }\n');
    const b = file('b.gates.yaml', 'load:\n  gates:\n    - { id: p95, metric: http_req_duration, expression: "p(95)<900" }\n');
    const r = await runCli(['ramp', '--target', 'http://127.0.0.1:9/', '--gates', a, '--gates', b, '--out', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/gate id "p95" is used twice: .*a\.gates\.yaml:3 and .*b\.gates\.yaml:3/);
  });

  it('the shipped gate files combine without a repeated id, except where one policy replaces another', async () => {
    // default + growth + migrate + traffic are meant to be used together.
    const r = await runCli([
      'ramp',
      '--target',
      'http://127.0.0.1:9/',
      '--gates',
      'gates/default.gates.yaml',
      '--gates',
      'gates/growth.gates.yaml',
      '--out',
      tempDir(),
    ]);
    expect(r.stderr).not.toMatch(/used twice/);
    // weekly-patch is a whole policy: naming it with default repeats api-p95.
    const both = await runCli([
      'ramp',
      '--target',
      'http://127.0.0.1:9/',
      '--gates',
      'gates/default.gates.yaml',
      '--gates',
      'gates/weekly-patch.gates.yaml',
      '--out',
      tempDir(),
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/gate id "api-p95" is used twice: gates\/default\.gates\.yaml:\d+ and gates\/weekly-patch\.gates\.yaml:\d+/);
  });
});
