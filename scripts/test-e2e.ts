// The end-to-end tiers (vitest.config.ts says what goes where): e2e-serial (one file at a
// time, numbers judged against a quiet machine) with e2e-beside (the soak: a minute of light,
// mostly idle load) next to it, then e2e-parallel (two files at a time, bounds about never
// hanging). Tried and dropped: e2e-parallel beside the serial tier at nice 10. Its light
// ramps went untrusted (generator lag 170 ms) and its signal bounds were missed whenever the
// serial tier filled both cores. All must pass; the build they run is made once, first.
// `npm run test:e2e:serial` (or :beside, :parallel) runs one tier alone.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import build from '../test/e2e/build.ts';

const root = join(import.meta.dirname, '..');
build();

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
function tier(name: string, args: string[]): Promise<{ name: string; code: number }> {
  const child = spawn(process.execPath, [vitest, ...args], { cwd: root, stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0) })));
}

const started = performance.now();
const results = await Promise.all([
  tier('e2e-serial', ['run', '--project', 'e2e-serial', '--no-file-parallelism']),
  tier('e2e-beside', ['run', '--project', 'e2e-beside', '--no-file-parallelism']),
]);
results.push(await tier('e2e-parallel', ['run', '--project', 'e2e-parallel', '--max-workers=2']));
const s = ((performance.now() - started) / 1000).toFixed(0);
for (const r of results) console.log(`${r.name}: ${r.code === 0 ? 'passed' : `failed (exit ${r.code})`}`);
console.log(`end-to-end tiers: ${s} s`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
