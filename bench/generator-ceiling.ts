// How far does one machine's shipgate go? Against a real nginx on loopback serving a small
// static page, side by side in one run: the highest open-model rate and the highest
// closed-model connection count whose step is trusted, CPU µs per request for shipgate
// (closed, open) beside plain autocannon and wrk at the same connections, and the throughput
// ratio shipgate / wrk at 50 connections (median of alternated rounds). Figures, not a test;
// the targets are issue #16's (docs/benchmarks.md).
//
// CPU is the process's (every thread's) user + system time over the measured window only:
// start-up, connecting and the warm-up are excluded, for shipgate as for autocannon (wrk's
// start-up, a few ms, is inside its figure).
//
//   npx tsx bench/generator-ceiling.ts [--seconds 5] [--rates 5000,10000,15000,20000]
//     [--connections 50,1000,2500,5000] [--rounds 3] [--workers N] [--slow-ms 1000]
import { spawn, spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runRamp } from '../src/probes/load/ramp.ts';
import { RampScenario } from '../src/probes/load/scenario.ts';
import type { LoadStep } from '../src/probes/load/block.ts';
import { startNginx } from '../test/helpers/nginx.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    rates: { type: 'string', default: '5000,10000,15000,20000' },
    connections: { type: 'string', default: '50,1000,2500,5000' },
    rounds: { type: 'string', default: '3' },
    workers: { type: 'string' },
    'slow-ms': { type: 'string', default: '1000' },
  },
});
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const list = (s: string) => s.split(',').map(Number);
const root = join(import.meta.dirname, '..');
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const cpuUs = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Measured {
  step: LoadStep;
  cpuUsPerReq: number;
}

/** One shipgate step through the ramp (the real trust rule), CPU taken over its window. */
async function shipgate(mode: 'rate' | 'concurrency', level: number, url: string): Promise<Measured> {
  const s = RampScenario.parse({
    mode,
    steps: [level],
    stepDuration: `${seconds}s`,
    warmup: `${warmup}s`,
    cap: 100_000,
    maxConnections: 2000,
    ...(values.workers ? { workers: Number(values.workers) } : {}),
  });
  let cpu0 = 0;
  let cpu1 = 0;
  const timers: NodeJS.Timeout[] = [];
  const probe = await runRamp(s, {
    target: url,
    events: {
      stepStart: () => {
        timers.push(setTimeout(() => (cpu0 = cpuUs()), warmup * 1000));
        timers.push(setTimeout(() => (cpu1 = cpuUs()), (warmup + seconds) * 1000));
      },
    },
  });
  timers.forEach(clearTimeout);
  const step = probe.steps[0]!;
  return { step, cpuUsPerReq: cpu1 > cpu0 && step.requests ? (cpu1 - cpu0) / step.requests : Number.NaN };
}

// Plain autocannon in its own process (shipgate's process patches autocannon's client).
const AUTOCANNON = `
import autocannon from 'autocannon';
const [url, connections, warmup, seconds] = process.argv.slice(1);
const cpu = () => { const c = process.cpuUsage(); return c.user + c.system; };
let n = 0, counting = false, cpu0 = 0, cpu1 = 0, n1 = 0;
const inst = autocannon({ url, connections: Number(connections), duration: Number(warmup) + Number(seconds) + 1, pipelining: 1 });
inst.on('response', () => { if (counting) n++; });
setTimeout(() => { counting = true; cpu0 = cpu(); }, Number(warmup) * 1000);
setTimeout(() => { counting = false; cpu1 = cpu(); n1 = n; inst.stop(); }, (Number(warmup) + Number(seconds)) * 1000);
inst.on('done', () => { console.log(JSON.stringify({ requests: n1, cpuUs: cpu1 - cpu0 })); });
`;

function autocannonPlain(url: string, connections: number): Promise<{ rps: number; cpuUsPerReq: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', AUTOCANNON, url, String(connections), String(warmup), String(seconds)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.on('exit', () => {
      try {
        const r = JSON.parse(out.trim().split('\n').pop()!) as { requests: number; cpuUs: number };
        resolve({ rps: r.requests / seconds, cpuUsPerReq: r.cpuUs / r.requests });
      } catch (err) {
        reject(new Error(`autocannon child: ${out} ${err}`));
      }
    });
  });
}

function wrk(url: string, connections: number): { rps: number; cpuUsPerReq: number } {
  const r = spawnSync('/usr/bin/time', ['-f', 'CPU %U %S', 'wrk', '-t2', `-c${connections}`, `-d${seconds}s`, url], { encoding: 'utf8' });
  const requests = Number(/(\d+) requests in/.exec(r.stdout)?.[1]);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(r.stdout)?.[1]);
  const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (!requests || !cpu) throw new Error(`wrk: ${r.stdout} ${r.stderr}`);
  return { rps, cpuUsPerReq: ((Number(cpu[1]) + Number(cpu[2])) * 1e6) / requests };
}

const fmt = (m: Measured) => {
  const g = m.step.generator!;
  const verdict = m.step.trusted ? 'trusted' : `UNTRUSTED (${m.step.untrustedReason})`;
  const workers = (g as { workers?: number }).workers;
  return `${Math.round(m.step.rps)} req/s, p99 ${m.step.latencyMs.p99} ms, errors ${(m.step.errorRate * 100).toFixed(2)}%, ${m.cpuUsPerReq.toFixed(1)} µs CPU/req; lag p99 ${g.eventLoopLagMsP99} ms, max ${g.eventLoopLagMsMax} ms${g.sendLagMsMean !== undefined ? `, send lag ${g.sendLagMsMean} ms` : ''}${workers ? `, ${workers} worker(s)` : ''} — ${verdict}`;
};

/** A node:http server in its own process that answers every request after `ms`. */
async function slowTarget(ms: number): Promise<{ url: string; child: ReturnType<typeof spawn> }> {
  const code = `const s = require('node:http').createServer((q, r) => setTimeout(() => r.end('ok'), ${ms})); s.keepAliveTimeout = 60000; s.maxConnections = 100000; s.listen(0, '127.0.0.1', () => console.log(s.address().port));`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())));
  return { url: `http://127.0.0.1:${port}/`, child };
}
const slowMs = Number(values['slow-ms']);

const nginx = await startNginx({ rate: 1000 });
const url = `${nginx.url}/static/`;
const started = performance.now();
try {
  console.log(`generator ceiling against nginx ${url}; ${seconds} s windows after ${warmup} s warm-up; load average ${load()}`);
  console.log('\nopen model (--mode rate):');
  let bestRate = 0;
  let openCpu = Number.NaN;
  for (const rate of list(values.rates)) {
    const m = await shipgate('rate', rate, url);
    // CPU per request at the highest trusted rate: at low rates the fixed cost of the
    // schedule and the health sampling is spread over few requests (~55 µs at 5,000 req/s).
    if (m.step.trusted && rate > bestRate) {
      bestRate = rate;
      openCpu = m.cpuUsPerReq;
    }
    console.log(`  ${String(rate).padStart(6)} req/s offered: ${fmt(m)}   [load ${load()}]`);
  }
  console.log('\nclosed model (--mode concurrency):');
  let bestConns = 0;
  for (const c of list(values.connections)) {
    const m = await shipgate('concurrency', c, url);
    if (m.step.trusted) bestConns = Math.max(bestConns, c);
    console.log(`  ${String(c).padStart(6)} connections: ${fmt(m)}   [load ${load()}]`);
  }

  // The closed model against nginx's static page measures who is faster per request, nginx or
  // the generator, on shared cores; many connections against a target that takes its time is
  // the other question: can the generator hold them all open and busy?
  const slow = await slowTarget(slowMs);
  try {
    const m = await shipgate('concurrency', 5000, slow.url);
    console.log(`\n  5000 connections to a target answering in ${slowMs} ms (node:http, its own process): ${fmt(m)}   [load ${load()}]`);
  } finally {
    slow.child.kill();
  }

  console.log(`\n50 connections, alternated rounds: shipgate closed, wrk -t2 -c50 -d${seconds}s, plain autocannon (its own process):`);
  const ratios: number[] = [];
  const wrkCpu: number[] = [];
  const sgCpu: number[] = [];
  const acCpu: number[] = [];
  for (let i = 0; i < Number(values.rounds); i++) {
    const m = await shipgate('concurrency', 50, url);
    const w = wrk(url, 50);
    const a = await autocannonPlain(url, 50);
    ratios.push(m.step.rps / w.rps);
    sgCpu.push(m.cpuUsPerReq);
    wrkCpu.push(w.cpuUsPerReq);
    acCpu.push(a.cpuUsPerReq);
    console.log(
      `  round ${i + 1}: shipgate ${Math.round(m.step.rps)} req/s (${m.cpuUsPerReq.toFixed(1)} µs/req), wrk ${Math.round(w.rps)} req/s (${w.cpuUsPerReq.toFixed(1)} µs/req), autocannon ${Math.round(a.rps)} req/s (${a.cpuUsPerReq.toFixed(1)} µs/req); shipgate/wrk ${(m.step.rps / w.rps).toFixed(3)}   [load ${load()}]`,
    );
  }

  console.log('\nsummary');
  console.log(`  highest trusted open-model rate:           ${bestRate || 'none'} req/s (target 20000)`);
  console.log(`  highest trusted closed-model connections:  ${bestConns || 'none'} (target 5000)`);
  console.log(
    `  CPU per request, 50 connections (medians of the alternated rounds): shipgate closed ${median(sgCpu).toFixed(1)} µs, plain autocannon ${median(acCpu).toFixed(1)} µs, wrk ${median(wrkCpu).toFixed(1)} µs`,
  );
  console.log(`  CPU per request, open model at ${bestRate || 'no trusted'} req/s: shipgate ${openCpu.toFixed(1)} µs`);
  console.log(
    `  throughput shipgate / wrk at 50 connections: median ${median(ratios).toFixed(3)} (rounds ${ratios.map((r) => r.toFixed(3)).join(', ')}; target ≥ 0.95)`,
  );
  console.log(`  load average ${load()}; bench took ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await nginx.stop();
}
