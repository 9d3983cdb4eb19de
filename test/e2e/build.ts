// The end-to-end tests run the CLI as users do, from dist/: build it once before them (an
// incremental tsc, so an up-to-date build costs little). bin/shipgate.js falls back to the
// sources only when they are newer than the build.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts', 'postbuild.mjs')], { cwd: root, stdio: 'inherit' });
}
