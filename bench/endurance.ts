// Endurance: a 10-minute ramp against the demo service, sampling the shipgate process's RSS
// and open file descriptors every 10 s. Both should stay flat (no leak per step).
//
//   npx tsx bench/endurance.ts [--minutes 10] [--steps 20]
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDemoService } from '../src/demo/start-demo.ts';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, steps: { type: 'string', default: '20' } } });
const minutes = Number(values.minutes);
const stepCount = Number(values.steps);
const stepS = Math.round((minutes * 60) / stepCount) - 1;
const root = join(import.meta.dirname, '..');

const svc = await startDemoService('--capacity 100000 --delay-ms 5');
// Levels 50, 51, 52...: nearly the same load every step, so growth would be a leak, not load.
const steps = Array.from({ length: stepCount }, (_, i) => 50 + i).join(',');
const child = spawn(
  process.execPath,
  [
    join(root, 'bin/shipgate.js'),
    'ramp',
    '--target',
    `${svc.url}/api/items`,
    '--steps',
    steps,
    '--step-duration',
    `${stepS}s`,
    '--warmup',
    '1s',
    '--max-p99',
    '60000',
    '--out',
    join(root, 'reports', 'endurance'),
  ],
  {
    cwd: root,
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'ignore', 'ignore'],
  },
);
const samples: { t: number; rssMB: number; fds: number }[] = [];
const t0 = Date.now();
const read = () => {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    samples.push({ t: (Date.now() - t0) / 1000, rssMB: rss, fds: readdirSync(`/proc/${child.pid}/fd`).length });
    const s = samples[samples.length - 1]!;
    console.log(`t=${s.t.toFixed(0).padStart(4)} s  rss ${s.rssMB.toFixed(1).padStart(6)} MB  fds ${s.fds}`);
  } catch {
    /* process gone */
  }
};
const timer = setInterval(read, 10_000);
const code = await new Promise<number | null>((r) => child.on('exit', r));
clearInterval(timer);
await svc.stop();
const minute = (from: number, to: number) => samples.filter((s) => s.t >= from && s.t < to);
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const first = minute(60, 120);
const last = minute(samples[samples.length - 1]!.t - 60, Infinity);
console.log(`exit ${code}; ${samples.length} samples over ${(samples[samples.length - 1]?.t ?? 0).toFixed(0)} s`);
console.log(
  `RSS: minute 2 avg ${avg(first.map((s) => s.rssMB)).toFixed(1)} MB, last minute avg ${avg(last.map((s) => s.rssMB)).toFixed(1)} MB, max ${Math.max(...samples.map((s) => s.rssMB)).toFixed(1)} MB`,
);
console.log(
  `fds: minute 2 avg ${avg(first.map((s) => s.fds)).toFixed(1)}, last minute avg ${avg(last.map((s) => s.fds)).toFixed(1)}, max ${Math.max(...samples.map((s) => s.fds))}`,
);
