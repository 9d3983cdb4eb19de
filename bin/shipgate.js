#!/usr/bin/env node
// shipgate's command line. A published package runs the built JavaScript in dist/. In a
// checkout whose sources changed after the last build (or with SHIPGATE_FROM_SOURCE=1), it runs
// the TypeScript sources through tsx instead, so a stale build is never what runs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli', 'main.js');
// Written at the end of every build (an incremental build keeps unchanged files' old times).
const stamp = join(root, 'dist', '.built');

function newestSource(dir) {
  let newest = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    if (name.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (name.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function useBuild() {
  if (process.env.SHIPGATE_FROM_SOURCE === '1' || !existsSync(built)) return false;
  const src = join(root, 'src');
  if (!existsSync(src)) return true; // a published package: the build is all there is
  return existsSync(stamp) && newestSource(src) <= statSync(stamp).mtimeMs;
}

let main;
if (useBuild()) {
  ({ main } = await import(built));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
const code = await main(process.argv);
// Let pending output flush, then leave with the contract's exit code.
process.exitCode = code;
setTimeout(() => process.exit(code), 50).unref();
