// `shipgate audit` end to end through the real CLI: offline advisories, saved npm reports
// with waivers, and live `npm audit` against a loopback registry that refuses (405), answers
// garbage, never answers, is not there, or serves advisories.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readResult, runCli, tempDir } from '../helpers.ts';
import { bulkFromOsv, startFakeRegistry, type FakeRegistry, type RegistryMode } from '../helpers/fake-npm-registry.ts';
import { freePort } from '../../src/core/service.ts';

const FIX = 'test/fixtures';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function waiverFile(waivers: object[]): string {
  const file = join(tempDir(), 'waivers.yaml');
  writeFileSync(file, stringify({ waivers: waivers.map((w) => ({ reason: 'fix ships Friday', owner: 'alice', ...w })) }));
  return file;
}

/** A copy of a fixture project, so a test may add an .npmrc. */
function project(name = 'vuln-app-v3'): string {
  const dir = join(tempDir(), 'app');
  cpSync(join(FIX, 'lockfiles', name), dir, { recursive: true });
  return dir;
}

const summary = (r: ReturnType<typeof readResult>) =>
  r.probes.audit!.findings.map((f) => `${f.id} ${f.package}@${f.version} ${f.severity} ${f.dev ? 'dev' : 'prod'} ${f.path.join('>')}`).sort();

const VULN_APP = [
  'GHSA-35jh-r3h4-6jhm lodash@4.17.15 high prod lodash',
  'GHSA-c2qf-rxjj-qqgw semver@7.5.1 moderate prod semver',
  'GHSA-p6mc-m468-83gw lodash@4.17.15 high prod lodash',
  'GHSA-vh95-rmgr-6w4m minimist@0.0.8 moderate dev mkdirp>minimist',
  'GHSA-xvch-5gv4-984h minimist@0.0.8 critical dev mkdirp>minimist',
  'GHSA-xvch-5gv4-984h minimist@1.2.5 critical prod minimist',
];

describe('offline advisories', () => {
  it('vuln-app fails on its production highs; counts by severity and scope are exact', async () => {
    const out = tempDir();
    const run = await runCli(['audit', '--dir', join(FIX, 'lockfiles/vuln-app-v3'), '--advisories', join(FIX, 'advisories'), '--out', out]);
    expect(run.code).toBe(1);
    const r = readResult(out);
    expect(summary(r)).toEqual(VULN_APP);
    expect(r.probes.audit!.counts).toEqual({
      total: 6,
      waived: 0,
      unwaived: 6,
      bySeverity: {
        critical: { total: 2, waived: 0, unwaivedProd: 1, unwaivedDev: 1 },
        high: { total: 2, waived: 0, unwaivedProd: 2, unwaivedDev: 0 },
        moderate: { total: 2, waived: 0, unwaivedProd: 1, unwaivedDev: 1 },
        low: { total: 0, waived: 0, unwaivedProd: 0, unwaivedDev: 0 },
        info: { total: 0, waived: 0, unwaivedProd: 0, unwaivedDev: 0 },
      },
    });
    expect(r.gates).toEqual([expect.objectContaining({ id: 'audit-prod', metric: 'vulns_prod_high_or_above', actual: 3, outcome: 'fail' })]);
    expect(run.stdout).toMatch(/GHSA-p6mc-m468-83gw/);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/\| high \| \[GHSA-p6mc-m468-83gw\]/);
  });

  it('dev dependencies get their own threshold', async () => {
    const out = tempDir();
    const args = ['audit', '--dir', join(FIX, 'lockfiles/vuln-app-v1'), '--advisories', join(FIX, 'advisories'), '--out', out];
    const run = await runCli([...args, '--fail-on', 'none', '--dev-fail-on', 'critical']);
    expect(run.code).toBe(1);
    expect(readResult(out).gates).toEqual([expect.objectContaining({ id: 'audit-dev', metric: 'vulns_dev_critical_or_above', actual: 1, outcome: 'fail' })]);
  });

  it('a gate file can judge any scope and floor; its load gates are left to other commands', async () => {
    const gates = join(tempDir(), 'audit.gates.yaml');
    writeFileSync(
      gates,
      stringify({
        load: { gates: [{ id: 'api-p95', metric: 'http_req_duration', expression: 'p(95)<500' }] },
        audit: {
          gates: [
            { id: 'no-critical-anywhere', metric: 'vulns_all_critical_or_above', expression: 'count==0', level: 'warn' },
            { id: 'few-moderates', metric: 'vulns_prod_moderate_or_above', expression: 'count<=4' },
          ],
        },
      }),
    );
    const out = tempDir();
    const run = await runCli([
      'audit',
      '--dir',
      join(FIX, 'lockfiles/vuln-app-v2'),
      '--advisories',
      join(FIX, 'advisories'),
      '--fail-on',
      'none',
      '--gates',
      gates,
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const r = readResult(out);
    expect(r.verdict).toBe('warn');
    expect(r.gates.map((g) => [g.id, g.actual, g.outcome])).toEqual([
      ['no-critical-anywhere', 2, 'warn'],
      ['few-moderates', 4, 'pass'],
    ]);
  });

  it('a project without vulnerable versions passes', async () => {
    const out = tempDir();
    const run = await runCli(['audit', '--dir', join(FIX, 'lockfiles/clean-app'), '--advisories', join(FIX, 'advisories'), '--out', out]);
    expect(run.code).toBe(0);
    expect(readResult(out).probes.audit!.counts.total).toBe(0);
  });
});

describe('saved reports and waivers', () => {
  const saved = join(FIX, 'npm-audit/audit-ci--npm-high--npm7-output.json');

  it('an unexpired waiver within its window waives the high: pass, and the finding stays in the report', async () => {
    const out = tempDir();
    const waivers = waiverFile([{ id: 'GHSA-hrpp-h998-j3pp', granted: day(-1), expires: day(2) }]);
    const run = await runCli(['audit', '--audit-json', saved, '--waivers', waivers, '--out', out]);
    expect(run.code).toBe(0);
    const a = readResult(out).probes.audit!;
    expect(a.findings).toEqual([
      expect.objectContaining({ id: 'GHSA-hrpp-h998-j3pp', waived: true, waiver: expect.objectContaining({ owner: 'alice', expired: false }) }),
    ]);
    expect(a.counts).toMatchObject({ total: 1, waived: 1, unwaived: 0 });
    expect(a.waivers!.entries[0]).toMatchObject({ state: 'active', matched: 1 });
  });

  it('an expired waiver exits 1: the finding fails again', async () => {
    const out = tempDir();
    const waivers = waiverFile([{ id: 'GHSA-hrpp-h998-j3pp', granted: '2024-02-01', expires: '2024-02-04' }]);
    const run = await runCli(['audit', '--audit-json', saved, '--waivers', waivers, '--out', out]);
    expect(run.code).toBe(1);
    const r = readResult(out);
    expect(r.probes.audit!.findings[0]).toMatchObject({ waived: false, waiver: { expired: true, expires: '2024-02-04' } });
    expect(r.gates.find((g) => g.id === 'audit-prod')).toMatchObject({ outcome: 'fail', actual: 1 });
    expect(r.gates.find((g) => g.id === 'audit-waivers-expired')).toMatchObject({ outcome: 'warn', actual: 1 });
    expect(run.stdout).toMatch(/expired on 2024-02-04/);
  });

  it("a waiver longer than its severity's window exits 2 naming it, and writes no result", async () => {
    const out = tempDir();
    const waivers = waiverFile([{ id: 'GHSA-hrpp-h998-j3pp', granted: day(-1), expires: day(5) }]);
    const run = await runCli(['audit', '--audit-json', saved, '--waivers', waivers, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/waivers\[0\] \(GHSA-hrpp-h998-j3pp\): waives a high finding for 6 days/);
    expect(existsSync(join(out, 'result.json'))).toBe(false);
  });

  it('a waiver matching nothing is a warning', async () => {
    const out = tempDir();
    const waivers = waiverFile([{ id: 'GHSA-0000-0000-0000', granted: day(0), expires: day(1) }]);
    const run = await runCli(['audit', '--audit-json', join(FIX, 'npm-audit/audit-ci--npm-moderate--npm7-output.json'), '--waivers', waivers, '--out', out]);
    expect(run.code).toBe(0);
    const r = readResult(out);
    expect(r.verdict).toBe('warn');
    expect(r.probes.audit!.warnings.join('\n')).toMatch(/GHSA-0000-0000-0000\) matches no finding/);
  });

  it('npm 6 reports are read too; two sources at once is a usage error', async () => {
    const out = tempDir();
    const run = await runCli(['audit', '--audit-json', join(FIX, 'npm-audit/audit-ci--npm-high--npm6-output.json'), '--out', out]);
    expect(run.code).toBe(1);
    expect(readResult(out).probes.audit).toMatchObject({ source: 'audit-json', reportVersion: 1 });
    const both = await runCli(['audit', '--audit-json', saved, '--advisories', join(FIX, 'advisories'), '--out', tempDir()]);
    expect(both.code).toBe(2);
  });

  it('the update policy gates how far behind a project may be', async () => {
    const args = [
      'audit',
      '--dir',
      'scenarios/audit-demo',
      '--advisories',
      join(FIX, 'advisories'),
      '--fail-on',
      'none',
      '--outdated-json',
      'scenarios/audit-demo/outdated.json',
    ];
    const out = tempDir();
    expect((await runCli([...args, '--max-majors-behind', '2', '--out', out])).code).toBe(1);
    const r = readResult(out);
    expect(r.probes.audit!.outdated!.counts).toMatchObject({ total: 4, major: 1, needsReview: 1, maxMajorsBehind: 6 });
    expect(r.gates.find((g) => g.id === 'audit-majors-behind')).toMatchObject({ outcome: 'fail', actual: 6 });
    expect((await runCli([...args, '--max-majors-behind', '6', '--out', tempDir()])).code).toBe(0);
  });
});

describe('live npm audit against a loopback registry', () => {
  let registry: FakeRegistry | undefined;
  afterEach(async () => {
    await registry?.close();
    registry = undefined;
  });

  async function live(mode: RegistryMode, extra: string[] = [], dir = project()) {
    registry = await startFakeRegistry(mode);
    const out = tempDir();
    const started = Date.now();
    const run = await runCli(['audit', '--dir', dir, '--out', out, ...extra], { env: { npm_config_registry: registry.url } });
    return { run, out, ms: Date.now() - started };
  }

  it('a registry that answers 405 → verdict error, exit 3, pointing to the offline sources', async () => {
    const { run, out } = await live({ kind: '405' });
    expect(run.code).toBe(3);
    expect(registry!.requests).toContainEqual({ method: 'POST', url: '/-/npm/v1/security/advisories/bulk' });
    const r = readResult(out);
    expect(r.verdict).toBe('error');
    expect(r.probes.audit).toMatchObject({ status: 'error', source: 'npm-audit' });
    expect(r.probes.audit!.message).toMatch(/405 Method Not Allowed/);
    expect(r.probes.audit!.message).toMatch(/--audit-json FILE .* --advisories DIR/);
    expect(r.gates.find((g) => g.id === 'audit-prod')).toMatchObject({ outcome: 'error' });
  });

  it('malformed JSON from the registry → exit 3', async () => {
    const { run, out } = await live({ kind: 'malformed' });
    expect(run.code).toBe(3);
    expect(readResult(out).probes.audit!.message).toMatch(/invalid json/i);
  });

  it('a registry that never answers → exit 3 within the time limit', async () => {
    const { run, out, ms } = await live({ kind: 'hang' }, ['--timeout', '2s']);
    expect(run.code).toBe(3);
    expect(readResult(out).probes.audit!.message).toMatch(/npm audit --json did not finish within 2s; stopped it; audit offline instead: --audit-json FILE/);
    expect(ms).toBeLessThan(15_000);
  });

  it('an unreachable registry → exit 3', async () => {
    const port = await freePort();
    const out = tempDir();
    const run = await runCli(['audit', '--dir', project(), '--out', out], { env: { npm_config_registry: `http://127.0.0.1:${port}/` } });
    expect(run.code).toBe(3);
    expect(readResult(out).probes.audit!.message).toMatch(/ECONNREFUSED/);
  });

  it("honours the project's .npmrc", async () => {
    registry = await startFakeRegistry({ kind: '405' });
    const dir = project();
    writeFileSync(join(dir, '.npmrc'), `registry=${registry.url}\n`);
    // The environment outranks .npmrc in npm, so this run must not carry a registry there.
    const env = { npm_config_registry: undefined, NPM_CONFIG_REGISTRY: undefined };
    const run = await runCli(['audit', '--dir', dir, '--out', tempDir()], { env });
    expect(run.code).toBe(3);
    expect(registry.requests.some((r) => r.url.startsWith('/-/npm/v1/security/'))).toBe(true);
  });

  it('a registry that serves advisories: real npm output, same findings as offline matching', async () => {
    const records = readdirSync(join(FIX, 'advisories')).map((f) => JSON.parse(readFileSync(join(FIX, 'advisories', f), 'utf8')) as unknown);
    const { run, out } = await live({ kind: 'advisories', bulk: bulkFromOsv(records) });
    expect(run.code).toBe(1);
    const r = readResult(out);
    expect(r.probes.audit).toMatchObject({ status: 'ok', source: 'npm-audit', reportVersion: 2 });
    expect(summary(r)).toEqual(VULN_APP);
  });
});

describe('live npm outdated against a loopback registry', () => {
  const offline = () => ['audit', '--dir', project(), '--advisories', join(FIX, 'advisories'), '--fail-on', 'none', '--outdated'];

  it('classifies what the registry says is newer', async () => {
    const registry = await startFakeRegistry(
      { kind: '405' },
      { lodash: ['4.17.15', '4.17.21'], minimist: ['1.2.5', '1.2.8'], semver: ['7.5.1', '7.7.3', '8.0.0'] },
    );
    try {
      const out = tempDir();
      const run = await runCli([...offline(), '--max-majors-behind', '0', '--out', out], { env: { npm_config_registry: registry.url } });
      expect(run.code).toBe(1);
      const o = readResult(out).probes.audit!.outdated!;
      expect(o.source).toBe('npm-outdated');
      // Not installed: npm reports wanted and latest only; the update is judged from wanted.
      expect(o.packages.map((p) => [p.name, p.current, p.wanted, p.latest, p.type])).toEqual([
        ['lodash', null, '4.17.15', '4.17.21', 'patch'],
        ['minimist', null, '1.2.5', '1.2.8', 'patch'],
        ['semver', null, '7.5.1', '8.0.0', 'major'],
      ]);
      expect(o.counts).toMatchObject({ total: 3, major: 1, patch: 2, needsReview: 1, maxMajorsBehind: 1 });
    } finally {
      await registry.close();
    }
  });

  it('with nothing to judge it by (--fail-on none, no other policy or gate) the audit is refused before it runs', async () => {
    const run = await runCli([...offline(), '--out', tempDir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the audit probe runs but no gate would judge it/);
  });

  it('a registry that cannot answer makes the probe an error, exit 3', async () => {
    const port = await freePort();
    const out = tempDir();
    // npm retries a refused connection for longer than this time limit: it is stopped.
    const run = await runCli([...offline(), '--max-majors-behind', '5', '--timeout', '3s', '--out', out], {
      env: { npm_config_registry: `http://127.0.0.1:${port}/` },
    });
    expect(run.code).toBe(3);
    expect(readResult(out).probes.audit!.message).toMatch(/npm outdated --json did not finish within 3s; stopped it; use --outdated-json FILE/);
  });
});
