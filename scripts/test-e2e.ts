// The end-to-end tiers, side by side (vitest.config.ts says what goes where). e2e-serial (one
// file at a time, numbers judged against budgets) and e2e-beside (one light file at a time:
// the soak's minute, failures and interrupts) run at normal priority; e2e-parallel (bounds
// about never hanging, not about speed) runs at a lower CPU priority (nice 10), so it takes
// the cores the other two leave idle (they wait on steps, timeouts and services most of the
// time) without taking them from them. All must pass; the build they run is made once,
// before any starts. `npm run test:e2e:serial` (or :beside, :parallel) runs one tier alone.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import build from '../test/e2e/build.ts';

const root = join(import.meta.dirname, '..');
build();

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
function tier(name: string, args: string[], nice: number): Promise<{ name: string; code: number }> {
  const cmd = nice ? 'nice' : process.execPath;
  const argv = nice ? ['-n', String(nice), process.execPath, vitest, ...args] : [vitest, ...args];
  const child = spawn(cmd, argv, { cwd: root, stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0) })));
}

const started = performance.now();
const results = await Promise.all([
  tier('e2e-serial', ['run', '--project', 'e2e-serial', '--no-file-parallelism'], 0),
  tier('e2e-beside', ['run', '--project', 'e2e-beside', '--no-file-parallelism'], 0),
  tier('e2e-parallel', ['run', '--project', 'e2e-parallel', '--max-workers=2'], 10),
]);
const s = ((performance.now() - started) / 1000).toFixed(0);
for (const r of results) console.log(`${r.name}: ${r.code === 0 ? 'passed' : `failed (exit ${r.code})`}`);
console.log(`end-to-end tiers: ${s} s`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
