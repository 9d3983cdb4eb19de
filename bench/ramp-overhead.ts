// Is shipgate's step as fast a generator as plain autocannon, and does a long ramp grow
// in memory? Prints figures; the targets are in the README (ratio >= 0.95, RSS growth < 20 MB).
//
//   npx tsx bench/ramp-overhead.ts [--connections 50] [--seconds 5] [--rounds 5]
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { startDemoService } from '../src/demo/start-demo.ts';
import { runClosedStep } from '../src/probes/load/closed-step.ts';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '5' },
    'rss-long': { type: 'string', default: '60' },
    'rss-short': { type: 'string', default: '10' },
  },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const root = join(import.meta.dirname, '..');

const svc = await startDemoService('--capacity 100000 --delay-ms 0');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const rec = await runClosedStep({
      url: `${svc.url}/api/items`,
      connections,
      warmupMs: 0,
      durationMs: seconds * 1000,
      timeoutMs: 10_000,
      requests: [{ name: 'GET', method: 'GET', path: '/api/items', headers: {} }],
    });
    const ours = rec.recorder.requests / rec.recorder.windowS;
    const plain = await autocannon({ url: `${svc.url}/api/items`, connections, duration: seconds });
    const theirs = plain.requests.total / plain.duration;
    ratios.push(ours / theirs);
    console.log(`round ${i + 1}: shipgate ${ours.toFixed(0)} req/s, autocannon ${theirs.toFixed(0)} req/s, ratio ${(ours / theirs).toFixed(3)}`);
  }
  console.log(`median throughput ratio (shipgate / autocannon): ${median(ratios).toFixed(3)}  (target >= 0.95)`);

  const rss = (s: number) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/rss-child.ts'), `${svc.url}/api/items`, String(s), String(connections)], {
      cwd: root,
      encoding: 'utf8',
    });
    const m = /maxRssMB=([\d.]+)/.exec(r.stdout);
    if (!m) throw new Error(`rss child failed: ${r.stderr}`);
    return Number(m[1]);
  };
  const short = rss(Number(values['rss-short']));
  const long = rss(Number(values['rss-long']));
  console.log(
    `peak RSS: ${values['rss-short']} s ramp ${short.toFixed(1)} MB, ${values['rss-long']} s ramp ${long.toFixed(1)} MB, growth ${(long - short).toFixed(1)} MB  (target < 20 MB)`,
  );
} finally {
  await svc.stop();
}
