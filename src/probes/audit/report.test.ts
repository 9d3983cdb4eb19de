// The audit report from a real block (offline advisories against a real lockfile, waivers
// active, expired and unused, a saved `npm outdated`), drawn by the three block renderers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { htmlSection, markdownSection, terminalSection } from '../../reports/blocks.ts';
import { AuditConfig } from './audit-config.ts';
import { measureAudit, prepareAudit } from './audit-probe.ts';
import { auditReport } from './report.ts';
import { AuditProbe } from './block.ts';
import { auditProbe } from './index.ts';

const TODAY = '2026-06-01';
let dir: string;
let block: AuditProbe;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shipgate-audit-report-'));
  const waivers = join(dir, 'waivers.yaml');
  writeFileSync(
    waivers,
    stringify({
      waivers: [
        { id: 'GHSA-35jh-r3h4-6jhm', reason: 'template() is never given user input', owner: 'alice', granted: '2026-05-31', expires: '2026-06-02' },
        { id: 'GHSA-p6mc-m468-83gw', reason: 'fix ships Friday', owner: 'bob', granted: '2024-02-01', expires: '2024-02-04' },
        { id: 'GHSA-0000-0000-0000', package: 'left-pad', reason: 'old', owner: 'carol', granted: '2026-05-30', expires: '2026-06-01' },
      ],
    }),
  );
  const settings = AuditConfig.parse({
    dir: 'test/fixtures/lockfiles/vuln-app-v3',
    advisories: 'test/fixtures/advisories',
    waivers,
    devFailOn: 'critical',
    outdatedJson: 'scenarios/audit-demo/outdated.json',
  });
  block = AuditProbe.parse(await measureAudit(await prepareAudit(settings, TODAY)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const render = (b: AuditProbe) => {
  const [s, ...rest] = auditReport(b, []);
  expect(rest).toEqual([]);
  return { md: markdownSection(s!).join('\n'), html: htmlSection(s!), term: terminalSection(s!).join('\n') };
};

describe('the audit report', () => {
  it('Markdown: findings with linked advisories, status by policy and waiver, waivers, updates, warnings', () => {
    expect(block.status).toBe('ok');
    const { md } = render(block);
    expect(md).toMatch(/^## Dependency audit\n/);
    expect(md).toContain('**6 finding(s) (critical 2, high 2, moderate 2); waived 1; unwaived 5 (prod 3, dev 2)**');
    expect(md).toContain('_offline advisories: 5 advisories in test/fixtures/advisories vs ');
    expect(md).toContain('fail on high+ in prod, critical+ in dev; waiver windows critical 1d, high 3d, moderate 14d, low 90d; today 2026-06-01');
    expect(md).toContain('| severity | advisory | title | package | path | scope | fixed in | status |');
    // The line a CI test looks for: severity, then the advisory as a link.
    expect(md).toMatch(
      /\| high \| \[GHSA-p6mc-m468-83gw\]\(https:\/\/github\.com\/advisories\/GHSA-p6mc-m468-83gw\) \| Prototype Pollution in lodash \| lodash@4\.17\.15 \| lodash \| prod \| 4\.17\.20 \| ❌ waiver expired 2024-02-04; FAILS \|/,
    );
    expect(md).toMatch(
      /\| high \| \[GHSA-35jh-r3h4-6jhm\]\([^)]+\) \| [^|]+ \| lodash@4\.17\.15 \| lodash \| prod \| 4\.17\.21 \| waived until 2026-06-02 by alice \|/,
    );
    expect(md).toMatch(/\| critical \| \[GHSA-xvch-5gv4-984h\]\([^)]+\) \| [^|]+ \| minimist@0\.0\.8 \| mkdirp > minimist \| dev \| 0\.2\.4 \| ❌ FAILS \|/);
    expect(md).toMatch(/\| moderate \| \[GHSA-vh95-rmgr-6w4m\]\([^)]+\) \| [^|]+ \| minimist@0\.0\.8 \| mkdirp > minimist \| dev \| 0\.2\.1 \| reported \|/);
    expect(md).toContain('- critical: 2: unwaived 1 prod, 1 dev; waived 0');
    expect(md).toContain(`**Waivers (${join(dir, 'waivers.yaml')})**`);
    expect(md).toContain('| GHSA-35jh-r3h4-6jhm | any | alice | template() is never given user input | 2026-05-31 | 2026-06-02 | ✅ active | 1 |');
    expect(md).toContain('| GHSA-p6mc-m468-83gw | any | bob | fix ships Friday | 2024-02-01 | 2024-02-04 | ❌ expired | 1 |');
    expect(md).toContain('| GHSA-0000-0000-0000 | left-pad | carol | old | 2026-05-30 | 2026-06-01 | ⚠️ unused | 0 |');
    expect(md).toContain('**Updates (scenarios/audit-demo/outdated.json): 4 outdated: major 1, minor 2, patch 1; 1 need review**');
    expect(md).toContain('| uuid | 8.3.2 | 8.3.2 | 14.0.3 | major | ⚠️ review (6 majors behind) |');
    expect(md).toMatch(/> ⚠️ .*waivers\[1\] \(GHSA-p6mc-m468-83gw\) expired on 2024-02-04 \(owner bob\)/);
    expect(md).toMatch(/> ⚠️ .*GHSA-0000-0000-0000 in left-pad\) matches no finding/);
  });

  it('HTML: the same, with the advisory a link and the section the page anchors', () => {
    const { html } = render(block);
    expect(html).toMatch(/^<section id="audit"><h2>Dependency audit<\/h2>/);
    expect(html).toContain('<td><a href="https://github.com/advisories/GHSA-p6mc-m468-83gw">GHSA-p6mc-m468-83gw</a></td>');
    expect(html).toContain('waived until 2026-06-02 by alice');
    expect(html).toContain('<span class="o-fail">waiver expired 2024-02-04; FAILS</span>');
    expect(html).toContain('<td>mkdirp &gt; minimist</td>');
    expect(html).toContain('expired on 2024-02-04');
    expect(html).toContain('review (6 majors behind)');
  });

  it('terminal: source, policy, unwaived findings, waivers, updates, warnings and the counts', () => {
    const { term } = render(block);
    expect(term).toContain('offline advisories: 5 advisories in test/fixtures/advisories');
    expect(term).toContain('fail on high+ in prod');
    expect(term).toMatch(/GHSA-p6mc-m468-83gw/);
    expect(term).toContain('waiver expired 2024-02-04; FAILS');
    expect(term).toMatch(/expired on 2024-02-04/);
    expect(term).not.toContain('https://'); // links are text on a terminal
    expect(term).not.toContain('Prototype Pollution'); // the title column is for the written reports
    expect(term.trimEnd().split('\n').at(-1)).toBe('6 finding(s) (critical 2, high 2, moderate 2); waived 1; unwaived 5 (prod 3, dev 2)');
  });

  it('an advisory without a page, a version or a dev flag: plain id, no @version, prod?', () => {
    const f = block.findings[0]!;
    const b: AuditProbe = { ...block, findings: [{ ...f, url: undefined, version: null, dev: null, fixedIn: null, waived: false, waiver: undefined }] };
    delete b.findings[0]!.url;
    const { md } = render(b);
    expect(md).toMatch(new RegExp(`\\| ${f.severity} \\| ${f.id} \\| [^|]+ \\| ${f.package} \\| [^|]+ \\| prod\\? \\| – \\| ❌ FAILS \\|`));
  });

  it('a link that is not http(s) is shown as text', () => {
    const f = block.findings[0]!;
    const { md, html } = render({ ...block, findings: [{ ...f, url: 'javascript:alert(1)' }] });
    expect(md).not.toContain('javascript:');
    expect(html).not.toContain('javascript:');
  });

  it('no findings: the empty table says so, no by-severity facts', () => {
    const clean: AuditProbe = {
      ...block,
      findings: [],
      counts: {
        ...block.counts,
        total: 0,
        waived: 0,
        unwaived: 0,
        bySeverity: Object.fromEntries(
          Object.keys(block.counts.bySeverity).map((s) => [s, { total: 0, waived: 0, unwaivedProd: 0, unwaivedDev: 0 }]),
        ) as AuditProbe['counts']['bySeverity'],
      },
    };
    const { md } = render(clean);
    expect(md).toContain('No known vulnerabilities in the audited dependencies.');
    expect(md).not.toContain('By severity');
    expect(md).toContain('0 finding(s); waived 0; unwaived 0 (prod 0, dev 0)');
  });

  it('an error block: why, where from; no findings table when nothing was measured', async () => {
    const p = await auditProbe.prepare(AuditConfig.parse({ dir: 'test/fixtures/lockfiles/vuln-app-v3' }), { where: '--flags', allowHosts: [] });
    const e = auditProbe.errorBlock(p, 'npm audit could not get advisories from the registry: 405', undefined);
    expect(AuditProbe.parse(e)).toMatchObject({ status: 'error', source: 'npm-audit', findings: [] });
    const { md, term } = render(e);
    expect(md).toContain('> ❌ Could not audit: npm audit could not get advisories from the registry: 405');
    expect(md).toContain('_npm audit: npm audit in test/fixtures/lockfiles/vuln-app-v3_');
    expect(md).not.toContain('| severity |');
    expect(md).not.toContain('finding(s)');
    expect(term).not.toContain('Could not audit'); // the runner prints a probe's error itself
  });
});
