// Does shipgate's own memory stay flat over a long soak? Runs `shipgate soak` (open model,
// 200 req/s) against a target that keeps nothing, for --minutes (default 30), and prints
// shipgate's RSS at the start and end of the measured part and the trend of its floor (the
// soak trends its own RSS beside the target's).
//
//   npx tsx bench/soak-memory.ts [--minutes 30] [--rate 200]
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '30' }, rate: { type: 'string', default: '200' } } });
const root = join(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'shipgate-soak-bench-'));
const run = spawnSync(
  process.execPath,
  [
    join(root, 'bin/shipgate.js'),
    'soak',
    '--target-cmd',
    `${process.execPath} --import tsx test/helpers/memory-target.ts --mode flat --port {port}`,
    '--target',
    'http://127.0.0.1:{port}/',
    '--mode',
    'rate',
    '--level',
    values.rate!,
    '--duration',
    `${values.minutes}m`,
    '--warmup',
    '30s',
    '--sample-interval',
    '10s',
    '--out',
    out,
  ],
  { cwd: root, env: { ...process.env, CI: 'true' }, encoding: 'utf8' },
);
const soak = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')).probes.soak;
const own = soak.trends['shipgate RSS'];
const series = soak.samples.map((s: { resources: Record<string, number> }) => s.resources['shipgate RSS']);
console.log(`soak ${values.minutes} min at ${values.rate} req/s (exit ${run.status}): ${soak.totals.requests} requests, p95 ${soak.totals.latencyMs.p95} ms`);
console.log(
  `shipgate RSS: start ${soak.generatorRssMB.start} MB, end ${soak.generatorRssMB.end} MB, min ${Math.min(...series)} MB, max ${Math.max(...series)} MB`,
);
console.log(`shipgate RSS floor trend: ${own.verdict}, ${own.slopePerHour} MB/h (95% ${own.slopeLowPerHour} … ${own.slopeHighPerHour}), p ${own.p}`);
console.log(`target RSS: ${soak.trends['target RSS'].verdict}, ${soak.trends['target RSS'].slopePerHour} MB/h`);
console.log(`result: ${join(out, 'result.json')}`);
