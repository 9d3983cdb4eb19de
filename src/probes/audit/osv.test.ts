// Offline matching: real GitHub Advisory Database records (test/fixtures/advisories) against
// real lockfiles written by npm 11 in each lockfile format (test/fixtures/lockfiles).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import semver from 'semver';
import { affectedRange, loadAdvisories, matchAdvisories } from './osv.ts';
import { parseLockfile, readLockfile } from './lockfile.ts';
import { UsageError } from '../../core/errors.ts';

const ADVISORIES = 'test/fixtures/advisories';
const osv = (id: string) => JSON.parse(readFileSync(`${ADVISORIES}/${id}.json`, 'utf8')) as { affected: Parameters<typeof affectedRange>[1] };

const lockWith = (packages: Record<string, string>) =>
  parseLockfile(
    {
      lockfileVersion: 3,
      packages: {
        '': { dependencies: Object.fromEntries(Object.keys(packages).map((n) => [n, '*'])) },
        ...Object.fromEntries(Object.entries(packages).map(([n, v]) => [`node_modules/${n}`, { version: v }])),
      },
    },
    'inline',
  );

describe('offline advisories', () => {
  it('finds both lodash advisories for 4.17.15 and none for 4.17.21', async () => {
    const db = await loadAdvisories(ADVISORIES);
    expect(db.count).toBe(5);
    const old = matchAdvisories(lockWith({ lodash: '4.17.15' }), db).findings;
    expect(old.map((f) => [f.id, f.severity, f.fixedIn]).sort()).toEqual([
      ['GHSA-35jh-r3h4-6jhm', 'high', '4.17.21'],
      ['GHSA-p6mc-m468-83gw', 'high', '4.17.20'],
    ]);
    expect(old[0]).toMatchObject({ package: 'lodash', version: '4.17.15', path: ['lodash'], dev: false, direct: true });
    expect(old.find((f) => f.id === 'GHSA-35jh-r3h4-6jhm')!.aliases).toEqual(['CVE-2021-23337']);
    expect(matchAdvisories(lockWith({ lodash: '4.17.21' }), db).findings).toEqual([]);
    // Between the two fixes: only the template command injection remains.
    expect(matchAdvisories(lockWith({ lodash: '4.17.20' }), db).findings.map((f) => f.id)).toEqual(['GHSA-35jh-r3h4-6jhm']);
  });

  it('lockfile v1, v2 and v3 of one project give the same findings, with paths and dev flags', async () => {
    const db = await loadAdvisories(ADVISORIES);
    const summaries = [];
    for (const v of [1, 2, 3]) {
      const lock = await readLockfile(`test/fixtures/lockfiles/vuln-app-v${v}`);
      expect(lock.lockfileVersion).toBe(v);
      const found = matchAdvisories(lock, db).findings.map(
        (f) => `${f.id} ${f.package}@${f.version} ${f.severity} ${f.dev ? 'dev' : 'prod'} ${f.path.join('>')} fixed ${f.fixedIn}`,
      );
      summaries.push(found.sort());
    }
    expect(summaries[0]).toEqual([
      'GHSA-35jh-r3h4-6jhm lodash@4.17.15 high prod lodash fixed 4.17.21',
      'GHSA-c2qf-rxjj-qqgw semver@7.5.1 moderate prod semver fixed 7.5.2',
      'GHSA-p6mc-m468-83gw lodash@4.17.15 high prod lodash fixed 4.17.20',
      'GHSA-vh95-rmgr-6w4m minimist@0.0.8 moderate dev mkdirp>minimist fixed 0.2.1',
      'GHSA-xvch-5gv4-984h minimist@0.0.8 critical dev mkdirp>minimist fixed 0.2.4',
      'GHSA-xvch-5gv4-984h minimist@1.2.5 critical prod minimist fixed 1.2.6',
    ]);
    expect(summaries[1]).toEqual(summaries[0]);
    expect(summaries[2]).toEqual(summaries[0]);
  });

  it('a clean lockfile has no findings', async () => {
    const db = await loadAdvisories(ADVISORIES);
    expect(matchAdvisories(await readLockfile('test/fixtures/lockfiles/clean-app'), db).findings).toEqual([]);
  });

  it('several ranges per advisory: each branch has its own fixed version', () => {
    const xvch = osv('GHSA-xvch-5gv4-984h').affected;
    expect(affectedRange('0.2.3', xvch)?.fixedIn).toBe('0.2.4');
    expect(affectedRange('0.2.4', xvch)).toBeUndefined();
    expect(affectedRange('1.0.0', xvch)?.fixedIn).toBe('1.2.6');
    expect(affectedRange('1.2.6', xvch)).toBeUndefined();
    const semverAdv = osv('GHSA-c2qf-rxjj-qqgw').affected;
    expect(affectedRange('5.7.1', semverAdv)?.fixedIn).toBe('5.7.2');
    expect(affectedRange('6.3.0', semverAdv)?.fixedIn).toBe('6.3.1');
    expect(affectedRange('6.3.1', semverAdv)).toBeUndefined();
    expect(affectedRange('7.5.2', semverAdv)).toBeUndefined();
    expect(affectedRange('7.5.2-rc.1', semverAdv)?.fixedIn).toBe('7.5.2'); // a prerelease of the fix is still before it
  });

  it('matches exactly the versions below the fix (property)', () => {
    const adv = osv('GHSA-35jh-r3h4-6jhm').affected;
    fc.assert(
      fc.property(fc.nat(6), fc.nat(20), fc.nat(30), (a, b, c) => {
        const v = `${a}.${b}.${c}`;
        return (affectedRange(v, adv) !== undefined) === semver.lt(v, '4.17.21');
      }),
    );
  });

  it('a folder with a non-OSV file is a usage error naming it', async () => {
    await expect(loadAdvisories('test/fixtures/npm-audit')).rejects.toThrow(UsageError);
    await expect(loadAdvisories('test/fixtures/npm-audit')).rejects.toThrow(/audit-ci--npm-allowlisted-path--npm7-output\.json: not an OSV advisory/);
    await expect(loadAdvisories('no/such/dir')).rejects.toThrow(/--advisories no\/such\/dir: cannot read/);
  });
});

describe('lockfile', () => {
  it('resolves nested copies the way Node does and follows workspace links', () => {
    const lock = parseLockfile(
      {
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { app: '*', a: '1' }, devDependencies: { '@s/b': '1' } },
          'node_modules/app': { resolved: 'packages/app', link: true },
          'packages/app': { name: 'app', dependencies: { c: '2' } },
          'node_modules/a': { version: '1.0.0', dependencies: { c: '1' } },
          'node_modules/c': { version: '1.0.0' },
          'node_modules/@s/b': { version: '1.0.0', dev: true, dependencies: { c: '3' } },
          'node_modules/@s/b/node_modules/c': { version: '3.0.0', dev: true },
          'packages/app/node_modules/c': { version: '2.0.0' },
          'node_modules/fsevents': { version: '2.3.3', devOptional: true, optional: true },
        },
      },
      'inline',
    );
    const at = (loc: string) => lock.byLocation.get(loc)!;
    expect(at('node_modules/c').path).toEqual(['a', 'c']);
    expect(at('node_modules/@s/b/node_modules/c')).toMatchObject({ name: 'c', version: '3.0.0', dev: true, path: ['@s/b', 'c'] });
    expect(at('packages/app/node_modules/c').path).toEqual(['app', 'c']);
    // devOptional: an optional dependency of a production package, so it ships.
    expect(at('node_modules/fsevents')).toMatchObject({ dev: false, optional: true, path: ['fsevents'] });
    expect(lock.byLocation.has('node_modules/app')).toBe(false); // links are not packages
  });

  it('a missing lockfile is a usage error naming the folder', async () => {
    await expect(readLockfile('test/fixtures/advisories')).rejects.toThrow(/test\/fixtures\/advisories: no package-lock.json/);
  });
});
