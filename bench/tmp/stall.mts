import { RampScenario } from '/work/main/src/probes/load/scenario.ts';
import { loadFeeds } from '/work/main/src/probes/load/data-feed.ts';
import { compileFlow } from '/work/main/src/probes/load/flow.ts';
import { runFlowStep } from '/work/main/src/probes/load/flow-runner.ts';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
const s = RampScenario.parse({ ...parse(readFileSync('/tmp/flow/big.yaml', 'utf8')), baseDir: '/tmp/flow' });
const feeds = await loadFeeds(s.data, '/tmp/flow', 5000);
const flow = compileFlow(s, 'http://127.0.0.1:18080/', feeds);
const t0 = performance.now();
let last = t0;
const iv = setInterval(() => {
  const now = performance.now();
  if (now - last > 150)
    console.log(`stall ${Math.round(now - last - 10)} ms at ${Math.round(last - t0)} ms, heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`);
  last = now;
}, 10);
const c0 = process.cpuUsage();
const r = await runFlowStep({
  url: 'http://127.0.0.1:18080/',
  mode: 'users',
  level: 5000,
  warmupMs: 5000,
  durationMs: 10000,
  timeoutMs: 10000,
  maxConnections: 2000,
  flow,
});
clearInterval(iv);
const c = process.cpuUsage(c0);
console.log('done', Math.round(performance.now() - t0), r.recorder.requests, 'p95', r.recorder.latency().p95, 'cpu s', ((c.user + c.system) / 1e6).toFixed(2));
