// npm audit --json reports (real outputs from IBM/audit-ci, test/fixtures/npm-audit) as findings.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseNpmAudit, upperBound } from './npm-report.ts';
import { countFindings } from './audit-probe.ts';
import type { AuditFinding } from './block.ts';

const fixture = (name: string) => JSON.parse(readFileSync(`test/fixtures/npm-audit/${name}`, 'utf8')) as unknown;

function findings(name: string): { version: 1 | 2; findings: AuditFinding[]; npmCounts?: Record<string, number> } {
  const r = parseNpmAudit(fixture(name));
  if (r.kind !== 'report') throw new Error(`${name}: ${r.kind}`);
  return { version: r.reportVersion, findings: r.findings, ...(r.npmCounts ? { npmCounts: r.npmCounts } : {}) };
}

const bySeverity = (f: AuditFinding[]) => Object.fromEntries(Object.entries(countFindings(f).bySeverity).map(([s, c]) => [s, c.total]));

describe('npm 7+ reports (auditReportVersion 2)', () => {
  it("critical: one finding for open, with npm's fix", () => {
    const r = findings('audit-ci--npm-critical--npm7-output.json');
    expect(r.version).toBe(2);
    expect(bySeverity(r.findings)).toEqual({ critical: 1, high: 0, moderate: 0, low: 0, info: 0 });
    expect(r.findings[0]).toMatchObject({
      id: 'GHSA-28xh-wpgr-7fm8',
      aliases: ['npm:1066786'],
      package: 'open',
      path: ['open'],
      location: 'node_modules/open',
      direct: true,
      dev: null, // a report alone does not say; judged as production
      version: null,
      fixedIn: '6.0.0',
      fix: { package: 'open', version: '8.4.0', major: true },
    });
  });

  it('high and moderate single findings', () => {
    const high = findings('audit-ci--npm-high--npm7-output.json');
    expect(bySeverity(high.findings)).toEqual({ critical: 0, high: 1, moderate: 0, low: 0, info: 0 });
    expect(high.findings[0]).toMatchObject({ id: 'GHSA-hrpp-h998-j3pp', package: 'qs', fixedIn: '6.10.3', fix: { major: false } });
    const moderate = findings('audit-ci--npm-moderate--npm7-output.json');
    expect(bySeverity(moderate.findings)).toEqual({ critical: 0, high: 0, moderate: 1, low: 0, info: 0 });
    expect(moderate.findings[0]).toMatchObject({ id: 'GHSA-rvg8-pwq2-xj7q', package: 'base64url' });
  });

  it('one finding per advisory per installed copy; via strings add none', () => {
    const r = findings('audit-ci--npm-allowlisted-path--npm7-output.json');
    // axios: 3 advisories x 2 copies; follow-redirects: 2 advisories (1 moderate) x 2 copies;
    // github-build is vulnerable only through axios, so it adds no finding of its own.
    expect(r.findings).toHaveLength(10);
    expect(bySeverity(r.findings)).toEqual({ critical: 0, high: 8, moderate: 2, low: 0, info: 0 });
    expect(r.findings.filter((f) => f.package === 'github-build')).toEqual([]);
    expect(new Set(r.findings.map((f) => f.path.join(' > ')))).toEqual(
      new Set(['axios', 'github-build > axios', 'follow-redirects', 'github-build > follow-redirects']),
    );
    // npm counts vulnerable packages, not advisories: kept for cross-checking.
    expect(r.npmCounts).toMatchObject({ high: 3, total: 3 });
    const ssrf = r.findings.find((f) => f.id === 'GHSA-4w2v-q235-vp99')!;
    expect(ssrf.fixedIn).toBe('0.21.1');
    expect(r.findings.find((f) => f.id === 'GHSA-cph5-m8f7-6c5x')!.fixedIn).toBeNull(); // "<=0.21.1" names no fixed version
  });
});

describe('npm 6 reports', () => {
  it('reads advisories, findings paths and the dev flag from actions', () => {
    const r = findings('audit-ci--npm-high--npm6-output.json');
    expect(r.version).toBe(1);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      id: 'GHSA-hrpp-h998-j3pp',
      aliases: ['npm:1094102', 'CVE-2022-24999'],
      package: 'qs',
      version: '6.10.2',
      severity: 'high',
      path: ['qs'],
      dev: false,
      fixedIn: '6.10.3',
      fix: { package: 'qs', version: '6.11.2', major: false },
    });
  });

  it('npm 6 and npm 7 reports of the same project agree', () => {
    const v1 = findings('audit-ci--npm-high--npm6-output.json').findings[0]!;
    const v2 = findings('audit-ci--npm-high--npm7-output.json').findings[0]!;
    for (const k of ['id', 'package', 'severity', 'fixedIn'] as const) expect(v1[k]).toEqual(v2[k]);
  });
});

describe('what is not a report', () => {
  it("npm's error output is recognised as such", () => {
    const r = parseNpmAudit({
      message: '405 Method Not Allowed - POST http://127.0.0.1:1/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    expect(r).toEqual({ kind: 'npm-error', message: expect.stringContaining('405 Method Not Allowed') });
    expect(parseNpmAudit({ hello: 1 }).kind).toBe('unknown');
    expect(parseNpmAudit([]).kind).toBe('unknown');
  });

  it('upperBound reads the fixed version only from a "<X" bound', () => {
    expect(upperBound('>=6.10.0 <6.10.3')).toBe('6.10.3');
    expect(upperBound('<1.14.8')).toBe('1.14.8');
    expect(upperBound('<=0.21.1')).toBeNull();
    expect(upperBound('<1.0.0 || >=2.0.0 <2.1.0')).toBeNull();
    expect(upperBound('not a range')).toBeNull();
  });
});
