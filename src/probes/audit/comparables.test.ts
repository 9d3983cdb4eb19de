// What a baseline compares for an audit, on a real block (offline advisories, one waiver).
import { describe, expect, it } from 'vitest';
import { AuditConfig } from './audit-config.ts';
import { measureAudit, prepareAudit } from './audit-probe.ts';
import { auditComparables } from './comparables.ts';

const audit = async (c: object) =>
  measureAudit(
    await prepareAudit(AuditConfig.parse({ dir: 'test/fixtures/lockfiles/vuln-app-v3', advisories: 'test/fixtures/advisories', ...c }), '2026-06-01'),
  );

describe('audit comparables', () => {
  it('unwaived production findings at each floor, one finding being a change; majors behind when checked', async () => {
    const c = auditComparables(await audit({ outdatedJson: 'scenarios/audit-demo/outdated.json' }));
    // vuln-app: prod critical 1, high 2, moderate 1 (dev findings are not compared).
    expect(c.map((x) => [x.key, x.value])).toEqual([
      ['audit.vulns_prod_critical_or_above', 1],
      ['audit.vulns_prod_high_or_above', 3],
      ['audit.vulns_prod_moderate_or_above', 4],
      ['audit.outdated_majors_behind', 6],
    ]);
    for (const x of c) expect(x).toMatchObject({ probe: 'audit', worse: 'higher', absoluteFloor: 0.5 });
    expect(c[1]!.label).toBe('unwaived prod findings: high or above');
  });

  it('keys stay when counts fall to zero; no update check, no majors', async () => {
    const clean = auditComparables(await audit({ dir: 'test/fixtures/lockfiles/clean-app' }));
    expect(clean.map((x) => [x.key, x.value])).toEqual([
      ['audit.vulns_prod_critical_or_above', 0],
      ['audit.vulns_prod_high_or_above', 0],
      ['audit.vulns_prod_moderate_or_above', 0],
    ]);
  });

  it('an error block compares nothing', async () => {
    const b = await audit({});
    expect(auditComparables({ ...b, status: 'error', message: 'x' })).toEqual([]);
  });
});
