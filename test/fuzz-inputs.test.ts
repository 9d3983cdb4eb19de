// Bad input never crashes: every config, scenario, gate file and threshold expression that
// fast-check can make up either loads or fails as a usage error naming the file and the
// path inside it. The CLI turns those into exit 2, never a stack trace.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseThreshold, ThresholdSyntaxError } from '../src/lib/threshold.ts';
import { loadGateFile } from '../src/gates/gate-spec.ts';
import { CATALOGS } from '../src/runner/registry.ts';
import { resolveRampScenario } from '../src/probes/load/resolve-scenario.ts';
import { loadConfig } from '../src/runner/config.ts';
import { UsageError } from '../src/core/errors.ts';
import { prepareAudit } from '../src/probes/audit/audit-probe.ts';
import { parseAuditSettings } from '../src/probes/audit/audit-config.ts';
import { runCli, tempDir } from './helpers.ts';

const dir = tempDir('shipgate-fuzz-');
let n = 0;

/** Runs `load` on a file holding `data`; it must succeed or throw a UsageError naming the file. */
async function loadsOrNames(data: unknown, ext: string, load: (file: string) => Promise<unknown>, afterFile?: (rest: string) => void): Promise<void> {
  const file = join(dir, `f${n++}${ext}`);
  writeFileSync(file, ext === '.json' ? JSON.stringify(data) : stringify(data));
  try {
    await load(file);
  } catch (err) {
    if (!(err instanceof UsageError)) throw new Error(`not a usage error for ${JSON.stringify(data)}: ${(err as Error).stack}`);
    for (const line of err.message.split('\n')) {
      expect(line.startsWith(file)).toBe(true);
      afterFile?.(line.slice(file.length));
    }
  }
}

const scalar = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('p(95)<500', 'p95<500', '10s', 'rate<0.01', '-1', 'GET'));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 }));

describe('fuzzed inputs', () => {
  it('threshold expressions parse or raise a ThresholdSyntaxError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^(avg|min|max|med|p\(\d{1,3}(\.\d)?\)|rate|count|value|p\d+)\s?[<>=!]{1,3}\s?-?\d+(\.\d+)?$/)), (s) => {
        try {
          const t = parseThreshold(s);
          expect(Number.isFinite(t.value)).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(ThresholdSyntaxError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gate files load or name the file and path', async () => {
    const gate = fc.record({ id: fc.option(fc.string()), metric: fc.oneof(fc.constantFrom('http_req_duration', 'http_req_failed', 'nope'), value), expression: fc.oneof(fc.constantFrom('p(95)<500', 'p95<500', 'rate<0.1', 'value>1'), value), level: fc.oneof(fc.constantFrom('warn', 'fail'), value) }, { requiredKeys: [] });
    const file = fc.oneof(value, fc.record({ load: fc.oneof(value, fc.record({ gates: fc.oneof(value, fc.array(gate, { maxLength: 4 })) })) }, { requiredKeys: [] }));
    await fc.assert(fc.asyncProperty(file, fc.constantFrom('.yaml', '.json'), (data, ext) => loadsOrNames(data, ext, (f) => loadGateFile(f, CATALOGS))), { numRuns: 300 });
  });

  it('ramp scenarios load or name the file and path', async () => {
    const keys = ['mode', 'steps', 'stepDuration', 'warmup', 'timeout', 'endpoints', 'breaking', 'refine', 'expect', 'headroom', 'headers', 'target', 'bogus'];
    const scenario = fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 6 });
    await fc.assert(fc.asyncProperty(fc.oneof(scenario, value), (data) => loadsOrNames(data, '.yaml', (f) => resolveRampScenario(f, {}))), { numRuns: 300 });
  });

  it('config files load or name the file and path', async () => {
    const keys = ['gates', 'allowHosts', 'maxRunTime', 'load', 'baseline', 'bogus'];
    const config = fc.dictionary(fc.constantFrom(...keys), fc.oneof(value, fc.dictionary(fc.constantFrom('scenario', 'target', 'service', 'dbUrl', 'steps'), value, { maxKeys: 3 })), { maxKeys: 4 });
    await fc.assert(fc.asyncProperty(fc.oneof(config, value), (data) => loadsOrNames(data, '.json', loadConfig)), { numRuns: 300 });
  });

  it('waiver files load or name the file and the waiver or path', async () => {
    // Near-valid waivers against the fixture project's real findings, so the window checks
    // that need findings (a waiver too long for a high) run too, not only the schema.
    const day = fc.oneof(
      fc.integer({ min: -400, max: 400 }).map((d) => new Date(Date.UTC(2026, 5, 1) + d * 86_400_000).toISOString().slice(0, 10)),
      fc.constantFrom('2026-02-30', '2026-13-01', 'tomorrow', '', ' 2026-06-01 ', '2026-06-01\nnext'),
      value,
    );
    const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('a\nb', '  ', 'x: y'));
    const waiver = fc.record(
      {
        id: fc.oneof(fc.constantFrom('GHSA-35jh-r3h4-6jhm', 'GHSA-xvch-5gv4-984h', 'ghsa-c2qf-rxjj-qqgw', 'npm:1094102'), text, value),
        package: fc.oneof(fc.constantFrom('lodash', 'minimist', 'semver'), text, value),
        path: fc.oneof(fc.constantFrom('mkdirp > minimist', 'minimist', '>'), text, value),
        reason: fc.oneof(fc.constant('fix ships Friday'), text, value),
        owner: fc.oneof(fc.constant('alice'), text, value),
        granted: day,
        expires: day,
        bogus: value,
      },
      { requiredKeys: [] },
    );
    // Mostly valid: these get past the schema to the date and response-window checks.
    const validDay = fc.integer({ min: -60, max: 30 }).map((d) => new Date(Date.UTC(2026, 5, 1) + d * 86_400_000).toISOString().slice(0, 10));
    const nearValid = fc.record(
      {
        id: fc.constantFrom('GHSA-35jh-r3h4-6jhm', 'GHSA-xvch-5gv4-984h', 'GHSA-vh95-rmgr-6w4m', 'GHSA-xvch-5gv4-984h\nline two'),
        package: fc.constantFrom('lodash', 'minimist', 'semver', 'a\nb'),
        path: fc.constantFrom('mkdirp > minimist', 'minimist', '>'),
        reason: fc.constant('fix ships Friday'),
        owner: fc.constant('alice'),
        granted: validDay,
        expires: validDay,
      },
      { requiredKeys: ['id', 'reason', 'owner', 'granted', 'expires'] },
    );
    const key = fc.constantFrom('description', 'waivers', 'extra', 'x\ny');
    const file = fc.oneof(value, fc.record({ waivers: fc.array(nearValid, { minLength: 1, maxLength: 3 }) }), fc.dictionary(key, fc.oneof(value, fc.array(fc.oneof(waiver, nearValid), { maxLength: 4 })), { maxKeys: 3 }));
    const settings = (waivers: string) =>
      parseAuditSettings({ dir: 'test/fixtures/lockfiles/vuln-app-v3', advisories: 'test/fixtures/advisories', waivers }, 'test');
    await fc.assert(
      fc.asyncProperty(file, fc.constantFrom('.yaml', '.json'), async (data, ext) => {
        // After the file name: a YAML position, or the path inside the file (a waiver, or "(root)").
        const namesPath = (rest: string) => expect(rest).toMatch(/^(:\d+:\d+: .+|: (\(root\)|waivers|description|extra|x\\ny)\S*:? .+)$/);
        await loadsOrNames(data, ext, (f) => prepareAudit(settings(f), '2026-06-01'), namesPath);
      }),
      { numRuns: 400 },
    );
  });

  it('the CLI answers a bad waiver file with exit 2 naming the file and the waiver, no stack trace', async () => {
    const bad = join(dir, 'bad-waivers.yaml');
    writeFileSync(bad, 'waivers:\n  - { id: GHSA-35jh-r3h4-6jhm, reason: later, owner: bob, granted: 2026-01-01, expires: 2027-01-01 }\n  - { id: GHSA-xvch-5gv4-984h, owner: bob, granted: someday, expires: 2026-01-02 }\n');
    const args = ['audit', '--dir', 'test/fixtures/lockfiles/vuln-app-v3', '--advisories', 'test/fixtures/advisories', '--out', tempDir()];
    const r = await runCli([...args, '--waivers', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: waivers[1].reason:`);
    expect(r.stderr).toContain(`${bad}: waivers[1].granted: "someday" is not a day`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const broken = join(dir, 'broken-waivers.yaml');
    writeFileSync(broken, 'waivers:\n  - { id: GHSA-35jh-r3h4-6jhm, reason: [unclosed\n');
    const y = await runCli([...args, '--waivers', broken]);
    expect(y.code).toBe(2);
    expect(y.stderr).toMatch(new RegExp(`${broken.replace(/[/.]/g, '\\$&')}:\\d+:\\d+: `));
    expect(y.stderr).not.toMatch(/\n\s+at /);
  });

  it('the CLI answers bad files with exit 2 and one message per problem, no stack trace', async () => {
    const bad = join(dir, 'bad.gates.yaml');
    writeFileSync(bad, 'load:\n  gates:\n    - { metric: http_req_duration, expression: "p(95)<500" }\n    - { metric: http_req_duration, expression: "p(95)<500" }\n    - { metric: http_req_duration, expression: "p95<500" }\n    - { metric: nope, expression: "rate<1", level: sometimes }\n');
    const r = await runCli(['ramp', '--target', 'http://127.0.0.1:9/', '--gates', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: load.gates[2].expression: "p95<500": unknown aggregation "p95"; did you mean "p(95)"?`);
    expect(r.stderr).toContain(`${bad}: load.gates[3].level`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const yamlError = join(dir, 'broken.ramp.yaml');
    writeFileSync(yamlError, 'steps: [10, 20\nmode: rate\n');
    const y = await runCli(['ramp', '--target', 'http://127.0.0.1:9/', '--scenario', yamlError]);
    expect(y.code).toBe(2);
    expect(y.stderr).toMatch(new RegExp(`${yamlError.replace(/[/.]/g, '\\$&')}:\\d+:\\d+: `));
  });
});
