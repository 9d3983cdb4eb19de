// Can one 2-core machine run 5,000 virtual users with 1–3 s of think time, trusted? Runs the
// real CLI (`shipgate ramp --mode users`) against the demo shop (login once with a unique row,
// then list products and buy, looping) on loopback, and prints the step's figures beside the
// generator's own CPU and event-loop lag, and what the server saw (logins, 401s).
//
//   npx tsx bench/virtual-users.ts [--users 5000] [--seconds 20] [--warmup 8]
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDemoService } from '../src/demo/start-demo.ts';
import type { ShopStats } from '../src/demo/shop-api.ts';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '5000' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '8' },
    think: { type: 'string', default: '1s-3s' },
  },
});
const users = Number(values.users);
const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'shipgate-vu-bench-'));
writeFileSync(join(dir, 'users.csv'), ['user,password', ...Array.from({ length: users }, (_, i) => `u${i + 1},pw-u${i + 1}`)].join('\n'));
writeFileSync(
  join(dir, 'vu.yaml'),
  `model: users
steps: [${users}]
cap: ${users}
stepDuration: ${values.seconds}s
warmup: ${values.warmup}s
thinkTime: ${values.think}
data:
  users: { file: users.csv, order: unique }
flow:
  - name: login
    once: true
    request: { method: POST, path: /shop/login, json: { user: "{{ users.user }}", password: "{{ users.password }}" } }
    capture: { token: { json: $.token } }
  - name: products
    request: { path: /shop/products, headers: { authorization: "Bearer {{ token }}" } }
    capture: { productId: { json: "$.products[1].id" } }
  - name: buy
    request: { method: POST, path: /shop/orders, headers: { authorization: "Bearer {{ token }}" }, json: { productId: "{{ productId }}" } }
    expect: { status: 201 }
`,
);

const svc = await startDemoService('--capacity 1000000 --delay-ms 0');
try {
  const out = join(dir, 'out');
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'bin/shipgate.js'), 'ramp', '--target', svc.url, '--scenario', join(dir, 'vu.yaml'), '--out', out], {
    cwd: root,
    env: { ...process.env, CI: 'true' },
    encoding: 'utf8',
  });
  const wall = (performance.now() - started) / 1000;
  const shop = (await (await fetch(`${svc.url}/shop/stats`)).json()) as ShopStats;
  const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
  const step = result.probes.load.steps[0];
  const g = step.generator;
  const logins = Object.values(shop.logins);
  console.log(
    `${users} virtual users, think ${values.think}, ${values.warmup} s warm-up + ${values.seconds} s window (exit ${run.status}, ${wall.toFixed(1)} s)`,
  );
  console.log(`  step: ${step.trusted ? 'trusted' : `UNTRUSTED: ${step.untrustedReason}`}`);
  console.log(`  users running (mean): ${step.users}; requests ${step.requests}, ${step.rps} req/s, errors ${(step.errorRate * 100).toFixed(2)}%`);
  console.log(`  latency p50 ${step.latencyMs.p50} ms, p95 ${step.latencyMs.p95} ms, p99 ${step.latencyMs.p99} ms, max ${step.latencyMs.max} ms`);
  console.log(`  iterations: ${step.iterations.completed} completed, ${step.iterations.failed} failed; duration p95 ${step.iterations.durationMs.p95} ms`);
  console.log(
    `  generator: CPU ${g.cpuPercent}% of one core, event-loop lag p99 ${g.eventLoopLagMsP99} ms, mean ${g.eventLoopLagMsMean} ms, longest ${g.eventLoopLagMsMax} ms, send lag mean ${g.sendLagMsMean} ms`,
  );
  console.log(`  machine CPU mean ${step.resources?.machine?.cpuPercent?.mean}% of ${step.resources?.machine?.cores} cores`);
  console.log(`  server: ${logins.length} users logged in, at most ${Math.max(...logins)} login(s) each, ${shop.unauthorized} requests without a valid token`);
} finally {
  await svc.stop();
}
