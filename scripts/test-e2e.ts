// The end-to-end tiers (vitest.config.ts says what goes where): e2e-serial (one file at a
// time, numbers judged against a quiet machine), then e2e-parallel (two files at a time,
// bounds about never hanging). Both run even if the first fails; the build they run is made
// once, first. Tried and dropped, each for a failure it caused: e2e-parallel beside the
// serial tier at nice 10 (its light ramps went untrusted, event-loop lag 120-200 ms, and a
// 5 s signal bound was missed), and the soak beside the serial tier (the demo's load beside
// it made a flat target's p95 latency trend up: the drift gate failed). docs/maintainers.md.
// `npm run test:e2e:serial` (or :parallel) runs one tier alone.
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
const results = [await tier('e2e-serial', ['run', '--project', 'e2e-serial', '--no-file-parallelism'])];
results.push(await tier('e2e-parallel', ['run', '--project', 'e2e-parallel', '--max-workers=2']));
const s = ((performance.now() - started) / 1000).toFixed(0);
for (const r of results) console.log(`${r.name}: ${r.code === 0 ? 'passed' : `failed (exit ${r.code})`}`);
console.log(`end-to-end tiers: ${s} s`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
