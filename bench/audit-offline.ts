// How long does an offline audit take at the size of the real GitHub Advisory Database's npm
// part, over a large lockfile, and how fast does a refused live audit fail? Prints figures.
//
//   npx tsx bench/audit-offline.ts [--advisories 20000] [--packages 2000]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { loadAdvisories, matchAdvisories } from '../src/probes/audit/osv.ts';
import { readLockfile } from '../src/probes/audit/lockfile.ts';
import { runNpmJson } from '../src/probes/audit/npm-run.ts';
import { startFakeRegistry } from '../test/helpers/fake-npm-registry.ts';

const { values } = parseArgs({ options: { advisories: { type: 'string', default: '20000' }, packages: { type: 'string', default: '2000' } } });
const nAdv = Number(values.advisories);
const nPkg = Number(values.packages);
const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'shipgate-bench-audit-'));

// Advisories: the real lodash record, renamed onto package pkg-<i % nPkg>, nested like the
// GitHub database (year/month/id/id.json).
const template = JSON.parse(readFileSync(join(root, 'test/fixtures/advisories/GHSA-35jh-r3h4-6jhm.json'), 'utf8'));
const advDir = join(work, 'advisories');
for (let i = 0; i < nAdv; i++) {
  const id = `GHSA-bench-${String(i).padStart(5, '0')}`;
  const dir = join(advDir, String(2015 + (i % 10)), String(1 + (i % 12)).padStart(2, '0'), id);
  mkdirSync(dir, { recursive: true });
  const rec = {
    ...template,
    id,
    affected: template.affected.map((a: { package: object }) => ({ ...a, package: { ecosystem: 'npm', name: `pkg-${i % nPkg}` } })),
  };
  writeFileSync(join(dir, `${id}.json`), JSON.stringify(rec));
}
// Lockfile v3: nPkg packages, half at a vulnerable version, a quarter nested under another.
const packages: Record<string, object> = { '': { dependencies: Object.fromEntries(Array.from({ length: nPkg }, (_, i) => [`pkg-${i}`, '*'])) } };
for (let i = 0; i < nPkg; i++) {
  const loc = i % 4 === 3 ? `node_modules/pkg-${i - 1}/node_modules/pkg-${i}` : `node_modules/pkg-${i}`;
  packages[loc] = { version: i % 2 ? '4.17.15' : '4.17.21', ...(i % 5 === 0 ? { dev: true } : {}) };
}
const projDir = join(work, 'project');
mkdirSync(projDir);
writeFileSync(join(projDir, 'package-lock.json'), JSON.stringify({ name: 'bench', lockfileVersion: 3, packages }));

const time = async <T>(f: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now();
  const v = await f();
  return [v, performance.now() - t];
};

const [db, tLoad] = await time(() => loadAdvisories(advDir));
const [lock, tLock] = await time(() => readLockfile(projDir));
const [m, tMatch] = await time(() => matchAdvisories(lock, db));
console.log(`advisories: ${db.count} files loaded in ${tLoad.toFixed(0)} ms (${((tLoad / db.count) * 1000).toFixed(0)} µs each)`);
console.log(`lockfile: ${lock.nodes.length} packages read (with dependency paths) in ${tLock.toFixed(0)} ms`);
console.log(`matching: ${m.findings.length} findings in ${tMatch.toFixed(0)} ms`);

// A refused live audit: how long until shipgate knows it cannot measure.
const reg = await startFakeRegistry({ kind: '405' });
process.env.npm_config_registry = reg.url; // npm inherits it, as in a user's shell
const refused: number[] = [];
for (let i = 0; i < 3; i++) {
  const [, t] = await time(() => runNpmJson(['audit', '--json'], { cwd: join(root, 'test/fixtures/lockfiles/vuln-app-v3'), timeoutMs: 60_000 }));
  refused.push(t);
}
await reg.close();
console.log(`refused live audit (405 on loopback): ${refused.map((t) => t.toFixed(0)).join(', ')} ms`);
rmSync(work, { recursive: true, force: true });
