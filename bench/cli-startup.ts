// How fast the CLI starts, side by side in one run: `shipgate --version` and `--help` from the
// built package against the same commands of an older shipgate (default: the last commit
// before the lazy CLI and the build, which ran every command's imports through tsx), and
// the wall time of a ramp with one 1-second step against a loopback server.
//
//   node --import tsx bench/cli-startup.ts [--ref <commit>] [--rounds 5]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { ref: { type: 'string', default: 'b80d36a' }, rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);

const old = join(tmpdir(), `shipgate-bench-${values.ref}`);
if (!existsSync(old)) {
  execFileSync('git', ['worktree', 'add', '--detach', old, values.ref!], { cwd: ROOT, stdio: 'ignore' });
  symlinkSync(join(ROOT, 'node_modules'), join(old, 'node_modules'));
}
execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'ignore' });

function time(bin: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, env: { ...process.env, CI: 'true', ...env }, stdio: 'ignore' });
  if (r.status !== 0 && !args.includes('ramp')) throw new Error(`${bin} ${args.join(' ')}: exit ${r.status}`);
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const row = (label: string, f: () => number) => {
  const xs = Array.from({ length: rounds }, f);
  return { label, median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
};

const now = join(ROOT, 'bin', 'shipgate.js');
const before = join(old, 'bin', 'shipgate.js');
const rows = [];
// Alternate old and new so both see the same machine load.
rows.push(row(`--version, ${values.ref} (tsx, every command loaded)`, () => time(before, ['--version'])));
rows.push(row('--version, now (dist/, lazy commands)', () => time(now, ['--version'])));
rows.push(row(`--help, ${values.ref}`, () => time(before, ['--help'])));
rows.push(row('--help, now', () => time(now, ['--help'])));

const server = createServer((_req, res) => res.end('ok'));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const target = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const ramp = ['ramp', '--target', target, '--steps', '5', '--step-duration', '1s', '--warmup', '0.5s', '--out', join(tmpdir(), 'shipgate-bench-ramp')];
rows.push(row('ramp, one 1 s step (+0.5 s warm-up), now', () => time(now, ramp)));
server.close();

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
process.stdout.write(`CLI start-up, median of ${rounds} rounds (min–max):\n`);
for (const r of rows) process.stdout.write(`  ${r.label.padEnd(55)} ${fmt(r.median)} (${fmt(r.min)}–${fmt(r.max)})\n`);
process.stdout.write(`  --version speed-up: ${(rows[0]!.median / rows[1]!.median).toFixed(1)}×\n`);
