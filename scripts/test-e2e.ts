// The end-to-end tiers (vitest.config.ts says what goes where). The serial tier runs one file
// at a time; beside it, the background tier runs two files at a time in a CPU group marked
// idle (Linux cgroups, `cpu.idle`): the kernel gives them only CPU the serial tier leaves, and
// a serial process that wakes takes its core back at once, so the serial tier's numbers see a
// quiet machine (its time: 371 s alone, 384 s with the background beside it; 2026-12-02).
// Then the parallel tier, two files at a time. All run even if one fails; the build they run
// is made once, first. Where no idle group can be made (not Linux, not root, no cgroup cpu
// controller) the background tier runs with the parallel tier, after the serial one.
// Tried and dropped, each for a failure it caused: the parallel tier beside the serial one at
// nice 10 (its light ramps went untrusted and a 5 s signal bound was missed: nice still shares
// the CPU, and a starved generator is untrusted), and the soak beside the serial tier (the
// demo's load made a flat target's p95 trend up). docs/maintainers.md.
// `npm run test:e2e:serial` (or :background, :parallel) runs one tier alone.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import build from '../test/e2e/build.ts';

const root = join(import.meta.dirname, '..');
build();

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const GROUP_PREFIX = 'shipgate-e2e-';

/** A new CPU group whose processes run only on idle CPU, or undefined where none can be made. */
function idleCpuGroup(): string | undefined {
  if (process.platform !== 'linux') return undefined;
  // cgroup v1's cpu controller, or a cgroup v2 root with it.
  for (const base of ['/sys/fs/cgroup/cpu', '/sys/fs/cgroup']) {
    if (!existsSync(join(base, 'cgroup.procs'))) continue;
    // Groups left by a run that was killed: rmdir removes only an empty one.
    for (const name of readdirSync(base)) {
      if (name.startsWith(GROUP_PREFIX)) {
        try {
          rmdirSync(join(base, name));
        } catch {
          /* still in use */
        }
      }
    }
    const dir = join(base, `${GROUP_PREFIX}${process.pid}`);
    try {
      mkdirSync(dir);
    } catch {
      continue; // not root, or no such controller here
    }
    try {
      // The kernel makes the control files; a plain folder (tmpfs) would take any write.
      if (!existsSync(join(dir, 'cpu.idle'))) throw new Error('no cpu.idle');
      writeFileSync(join(dir, 'cpu.idle'), '1');
      return dir;
    } catch {
      rmdirSync(dir);
    }
  }
  return undefined;
}

interface Tier {
  name: string;
  code: number;
  seconds: number;
}

/** One `vitest run`; in `group`, its output is held and printed by the caller. */
function tier(name: string, args: string[], group?: string): { done: Promise<Tier>; output: () => string } {
  const started = performance.now();
  const argv = [vitest, 'run', ...args];
  // The shell joins the group before it becomes vitest, so every process vitest starts is in it.
  const child = group
    ? spawn('/bin/sh', ['-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', group, process.execPath, ...argv], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, argv, { cwd: root, stdio: 'inherit' });
  let held = '';
  // Decoded as UTF-8 across chunk edges (vitest's ✓ and × are multi-byte).
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stdout?.on('data', (d: string) => (held += d));
  child.stderr?.on('data', (d: string) => (held += d));
  const done = new Promise<Tier>((resolve) =>
    child.on('exit', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), seconds: (performance.now() - started) / 1000 })),
  );
  return { done, output: () => held };
}

const started = performance.now();
const group = idleCpuGroup();
const results: Tier[] = [];
if (group) {
  console.log(`e2e-background: running beside e2e-serial in the idle CPU group ${group}; its output follows the serial tier's`);
  const background = tier('e2e-background', ['--project', 'e2e-background', '--max-workers=2'], group);
  results.push(await tier('e2e-serial', ['--project', 'e2e-serial', '--no-file-parallelism']).done);
  // Printed in one piece once both it and the serial tier are done, so the serial tier's
  // lines stay together (the parallel tier's may come before or after it).
  const parallel = tier('e2e-parallel', ['--project', 'e2e-parallel', '--max-workers=2']);
  const bg = await background.done;
  process.stdout.write(`\n==== e2e-background (ran beside e2e-serial) ====\n${background.output()}==== end of e2e-background ====\n`);
  results.push(bg, await parallel.done);
  try {
    rmdirSync(group);
  } catch {
    console.log(`e2e: ${group} still holds a process: a test left one running`);
  }
} else {
  console.log(
    'e2e-background: no idle CPU group can be made here (Linux, root and the cgroup cpu controller are needed): it runs with e2e-parallel, after e2e-serial',
  );
  results.push(await tier('e2e-serial', ['--project', 'e2e-serial', '--no-file-parallelism']).done);
  const rest = await tier('e2e-background + e2e-parallel', ['--project', 'e2e-background', '--project', 'e2e-parallel', '--max-workers=2']).done;
  results.push(rest);
}
const s = ((performance.now() - started) / 1000).toFixed(0);
for (const r of results) console.log(`${r.name}: ${r.code === 0 ? 'passed' : `failed (exit ${r.code})`} in ${r.seconds.toFixed(0)} s`);
console.log(`end-to-end tiers: ${s} s`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
