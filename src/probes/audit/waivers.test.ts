// Waivers against the response windows, on findings from a real npm audit report.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { applyWaivers, loadWaivers, type WaiverDef } from './waivers.ts';
import { parseNpmAudit } from './npm-report.ts';
import { countFindings } from './audit-probe.ts';
import { DEFAULT_WINDOWS_DAYS } from './severity.ts';
import type { AuditFinding } from './block.ts';

const TODAY = '2026-03-10';
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'shipgate-waivers-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function allowlistedPathFindings(): AuditFinding[] {
  const r = parseNpmAudit(JSON.parse(readFileSync('test/fixtures/npm-audit/audit-ci--npm-allowlisted-path--npm7-output.json', 'utf8')));
  if (r.kind !== 'report') throw new Error('fixture');
  return r.findings;
}

let n = 0;
async function waivers(list: Array<Partial<WaiverDef> & { id: string }>, windows = DEFAULT_WINDOWS_DAYS) {
  const file = join(dir, `waivers-${n++}.yaml`);
  const full = list.map((w) => ({ reason: 'accepted for the demo', owner: 'alice', granted: '2026-03-09', expires: '2026-03-11', ...w }));
  writeFileSync(file, stringify({ waivers: full }));
  return loadWaivers(file, windows, TODAY);
}

describe('applying waivers', () => {
  it('a package-scoped waiver covers both copies of axios; a path-scoped one only its path', async () => {
    const w = await waivers([
      { id: 'GHSA-cph5-m8f7-6c5x', package: 'axios' },
      { id: 'GHSA-74fj-2j2h-c42q', path: 'github-build > follow-redirects' },
    ]);
    const { findings, states, warnings } = applyWaivers(allowlistedPathFindings(), w, DEFAULT_WINDOWS_DAYS, TODAY);
    const c = countFindings(findings);
    expect(c).toMatchObject({ total: 10, waived: 3, unwaived: 7 });
    expect(c.bySeverity.high).toEqual({ total: 8, waived: 3, unwaivedProd: 5, unwaivedDev: 0 });
    expect(c.bySeverity.moderate).toEqual({ total: 2, waived: 0, unwaivedProd: 2, unwaivedDev: 0 });
    expect(
      findings
        .filter((f) => f.waived)
        .map((f) => `${f.id} ${f.path.join('>')}`)
        .sort(),
    ).toEqual(['GHSA-74fj-2j2h-c42q github-build>follow-redirects', 'GHSA-cph5-m8f7-6c5x axios', 'GHSA-cph5-m8f7-6c5x github-build>axios']);
    expect(states.map((s) => [s.state, s.matched])).toEqual([
      ['active', 2],
      ['active', 1],
    ]);
    expect(warnings).toEqual([]);
  });

  it("matches an alias (npm's numeric id) and warns about waivers that match nothing", async () => {
    const w = await waivers([{ id: 'npm:1038749' }, { id: 'GHSA-xxxx-xxxx-xxxx' }, { id: 'GHSA-cph5-m8f7-6c5x', package: 'lodash' }]);
    const { findings, states, warnings } = applyWaivers(allowlistedPathFindings(), w, DEFAULT_WINDOWS_DAYS, TODAY);
    expect(findings.filter((f) => f.waived)).toHaveLength(2);
    expect(states.map((s) => s.state)).toEqual(['active', 'unused', 'unused']);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/waivers\[1\] \(GHSA-xxxx-xxxx-xxxx\) matches no finding/);
  });

  it('an expired waiver waives nothing: the finding counts again, and it says so', async () => {
    const w = await waivers([{ id: 'GHSA-cph5-m8f7-6c5x', granted: '2026-03-01', expires: '2026-03-04' }]);
    const { findings, states, warnings } = applyWaivers(allowlistedPathFindings(), w, DEFAULT_WINDOWS_DAYS, TODAY);
    const hit = findings.filter((f) => f.id === 'GHSA-cph5-m8f7-6c5x');
    expect(hit.map((f) => f.waived)).toEqual([false, false]);
    expect(hit[0]!.waiver).toMatchObject({ expired: true, expires: '2026-03-04', owner: 'alice' });
    expect(states[0]!.state).toBe('expired');
    expect(warnings[0]).toMatch(/expired on 2026-03-04 \(owner alice\)/);
    expect(countFindings(findings).waived).toBe(0);
  });

  it('the last day of a waiver still waives', async () => {
    const w = await waivers([{ id: 'GHSA-cph5-m8f7-6c5x', granted: '2026-03-07', expires: TODAY }]);
    expect(applyWaivers(allowlistedPathFindings(), w, DEFAULT_WINDOWS_DAYS, TODAY).findings.filter((f) => f.waived)).toHaveLength(2);
  });
});

describe('response windows', () => {
  it("a waiver longer than its finding's window is a config error naming it", async () => {
    // high: 3 days; 2026-03-05 → 2026-03-12 is 7.
    const w = await waivers([{ id: 'GHSA-74fj-2j2h-c42q', granted: '2026-03-05', expires: '2026-03-12' }]);
    expect(() => applyWaivers(allowlistedPathFindings(), w, DEFAULT_WINDOWS_DAYS, TODAY)).toThrow(
      /waivers\[0\] \(GHSA-74fj-2j2h-c42q\): waives a high finding for 7 days .*high's response window is 3 day/,
    );
    // The moderate advisory on the same package may last 14 days.
    const ok = await waivers([{ id: 'GHSA-pw2r-vq6v-hr8c', granted: '2026-03-01', expires: '2026-03-15' }]);
    expect(applyWaivers(allowlistedPathFindings(), ok, DEFAULT_WINDOWS_DAYS, TODAY).findings.filter((f) => f.waived)).toHaveLength(2);
  });

  it('windows are configurable', async () => {
    const windows = { ...DEFAULT_WINDOWS_DAYS, high: 7 };
    const w = await waivers([{ id: 'GHSA-74fj-2j2h-c42q', granted: '2026-03-05', expires: '2026-03-12' }], windows);
    expect(applyWaivers(allowlistedPathFindings(), w, windows, TODAY).findings.filter((f) => f.waived)).toHaveLength(2);
  });

  it('problems that need no finding are found at load, all at once', async () => {
    const err = await waivers([
      { id: 'GHSA-a', granted: '2026-01-01', expires: '2026-12-31' }, // longer than any window
      { id: 'GHSA-b', granted: '2026-03-09', expires: '2026-03-01' }, // before granted
      { id: 'GHSA-c', granted: '2026-04-01', expires: '2026-04-02' }, // granted in the future
      { id: 'GHSA-d', granted: '9 March', expires: '2026-04-02' },
    ]).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const msg = (err as Error).message;
    expect(msg).toMatch(/waivers\[3\]\.granted: "9 March" is not a day/);
    const err2 = await waivers([
      { id: 'GHSA-a', granted: '2026-01-01', expires: '2026-12-31' },
      { id: 'GHSA-b', granted: '2026-03-09', expires: '2026-03-01' },
      { id: 'GHSA-c', granted: '2026-04-01', expires: '2026-04-02' },
    ]).catch((e: Error) => e.message);
    expect(err2).toMatch(/waivers\[0\] \(GHSA-a\): lasts 364 days .* no response window is longer than 90 days/);
    expect(err2).toMatch(/waivers\[1\] \(GHSA-b\): expires 2026-03-01 before it was granted 2026-03-09/);
    expect(err2).toMatch(/waivers\[2\] \(GHSA-c\): granted 2026-04-01 is after today \(2026-03-10\)/);
  });
});
