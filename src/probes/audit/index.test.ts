// The audit probe's contract object: its flag table names real config keys, its policy gates
// read metrics its catalog offers, and a probe that could not measure still has a valid block.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from 'commander';
import type { FlagSpec } from '../../core/probe.ts';
import { AuditConfig, nonNegativeInt, windowList } from './audit-config.ts';
import { AuditProbe } from './block.ts';
import { auditProbe } from './index.ts';

const flagSpecs = (): FlagSpec[] => Object.values(auditProbe.command.flags).flatMap((f) => (f === null ? [] : Array.isArray(f) ? f : [f]));

describe('the audit flag table', () => {
  it('maps every config key, and every flag path is a config key', () => {
    const keys = Object.keys(AuditConfig.shape).sort();
    expect(Object.keys(auditProbe.command.flags).sort()).toEqual(keys);
    for (const f of flagSpecs()) expect(keys, f.flags).toContain(f.path);
    // Each key's flag sets that key, and no flag is given twice.
    for (const [key, f] of Object.entries(auditProbe.command.flags))
      for (const s of f === null ? [] : Array.isArray(f) ? f : [f]) expect(s.path.split('.')[0]).toBe(key);
    const names = flagSpecs().map((f) => f.flags.split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("the flags' values are what the schema takes", () => {
    const parsed = (flag: string, text: string) => flagSpecs().find((f) => f.flags.startsWith(`${flag} `))!.parse!(text, undefined);
    const settings = AuditConfig.parse({
      windows: parsed('--windows', 'critical=0,medium=7'),
      maxMajorsBehind: parsed('--max-majors-behind', '2'),
      timeout: '90s',
      failOn: 'medium',
      outdated: true,
    });
    expect(settings).toMatchObject({
      windows: { critical: 0, high: 3, moderate: 7, low: 90 },
      maxMajorsBehind: 2,
      timeout: 90_000,
      failOn: 'moderate',
      devFailOn: 'none',
    });
    expect(() => windowList('high:3')).toThrow(InvalidArgumentError);
    expect(() => nonNegativeInt('-1')).toThrow(/not a whole number >= 0/);
  });
});

describe('the audit probe', () => {
  const prepare = (c: object) =>
    auditProbe.prepare(AuditConfig.parse({ dir: 'test/fixtures/lockfiles/vuln-app-v3', ...c }), { where: 'shipgate.config.ts: audit', allowHosts: [] });

  it('policy gates are uncompiled definitions its catalog can judge', async () => {
    const p = await prepare({
      advisories: 'test/fixtures/advisories',
      devFailOn: 'critical',
      outdatedJson: 'scenarios/audit-demo/outdated.json',
      maxMajorsBehind: 2,
    });
    const extra = auditProbe.gates.extra(p);
    expect(extra.map((e) => [e.where, e.defs.map((d) => `${d.id} ${d.metric} ${d.expression} ${d.level}`)])).toEqual([
      ['audit failOn', ['audit-prod vulns_prod_high_or_above count==0 fail']],
      ['audit devFailOn', ['audit-dev vulns_dev_critical_or_above count==0 fail']],
      ['audit maxMajorsBehind', ['audit-majors-behind outdated_majors_behind value<=2 fail']],
    ]);
    for (const d of extra.flatMap((e) => e.defs)) expect(auditProbe.metrics.catalog[d.metric], d.metric).toBeDefined();
    expect(auditProbe.gates.defaults()).toEqual(['default.gates.yaml']);
    expect(auditProbe.describe(p)).toMatch(/^5 advisories in test\/fixtures\/advisories vs /);
  });

  it('every catalog metric is answered by the lookup', async () => {
    const p = await prepare({ advisories: 'test/fixtures/advisories', outdatedJson: 'scenarios/audit-demo/outdated.json' });
    const lookup = auditProbe.metrics.lookup(
      await auditProbe.measure(p, {
        signal: new AbortController().signal,
        log: () => {},
        progress: { line: () => {}, task: () => ({ update: () => {}, log: () => {}, done: () => {} }) },
        partial: () => {},
      }),
    );
    for (const [name, info] of Object.entries(auditProbe.metrics.catalog)) {
      const v = lookup(name);
      expect('missing' in v ? v.missing : v.type, name).toBe(info.type);
    }
  });

  it('two sources of findings are a usage error naming the config section', async () => {
    await expect(prepare({ advisories: 'test/fixtures/advisories', auditJson: 'x.json' })).rejects.toThrow(
      /^shipgate\.config\.ts: audit: --audit-json and --advisories/,
    );
  });

  it('a live audit says when npm starts; an error block is a valid block that keeps what was measured', async () => {
    const p = await prepare({});
    const lines: string[] = [];
    const ctrl = new AbortController();
    ctrl.abort(); // npm is never reached: the block is an error
    const b = await auditProbe.measure(p, {
      signal: ctrl.signal,
      log: () => {},
      progress: { line: (t) => lines.push(t), task: () => ({ update: () => {}, log: () => {}, done: () => {} }) },
      partial: () => {},
    });
    expect(lines).toEqual(['npm audit in test/fixtures/lockfiles/vuln-app-v3 (time limit 1m0s)']);
    expect(b.status).toBe('error');
    const e = auditProbe.errorBlock(p, 'interrupted', undefined);
    expect(AuditProbe.parse(e)).toMatchObject({ status: 'error', message: 'interrupted', source: 'npm-audit', findings: [], counts: { total: 0 } });
    const kept = auditProbe.errorBlock(p, 'interrupted', { ...e, status: 'ok', findings: [], warnings: ['w'] });
    expect(kept).toMatchObject({ status: 'error', message: 'interrupted', warnings: ['w'] });
    expect(auditProbe.comparables(kept)).toEqual([]);
  });
});
