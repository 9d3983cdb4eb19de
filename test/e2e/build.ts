// The end-to-end tests run the CLI as users do, from dist/: build it once before them (an
// incremental tsc). npm test runs two e2e groups, each with this setup: the second finds the
// build newer than every source (the stamp bin/shipgate.js also trusts) and skips tsc.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const stamp = join(root, 'dist', '.built');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith('.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

function upToDate(): boolean {
  if (!existsSync(stamp)) return false;
  const inputs = Math.max(newest(join(root, 'src')), ...['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((f) => statSync(join(root, f)).mtimeMs));
  return inputs <= statSync(stamp).mtimeMs;
}

export default function setup(): void {
  if (upToDate()) return;
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts', 'postbuild.mjs')], { cwd: root, stdio: 'inherit' });
}
