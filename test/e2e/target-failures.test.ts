// A target that goes away, stalls or answers garbage ends the ramp as an error (exit 3) in
// bounded time, with the steps measured so far kept in result.json: before the first step
// (the pre-flight request) and in the middle of the ramp, in both load models.
import { describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { readResult, runCli, spawnCli, startDemo, tempDir } from '../helpers.ts';

/** A loopback HTTP target that answers in 20 ms until a test switches it to stall (accept,
 * never answer) or to garbage (a reply that is not HTTP). Not faster: the stall must be more
 * than 1% of step 2's requests (its 10 connections time out once each within the window),
 * and at 2 ms a quiet machine sent over a thousand answered requests before it. */
async function switchableTarget() {
  let mode: 'ok' | 'stall' | 'garbage' = 'ok';
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    if (mode === 'stall') return;
    if (mode === 'garbage') {
      req.socket.end('this is not HTTP\r\n\r\n');
      return;
    }
    setTimeout(() => res.end('ok'), 20);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    set: (m: typeof mode) => (mode = m),
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

describe('target failures mid-ramp', () => {
  const cases = [
    { mode: 'concurrency', misbehave: 'stall', steps: '5,10,20', second: '10 connections', why: /no answer within 1000 ms/, error: 'timeout' },
    { mode: 'rate', misbehave: 'stall', steps: '20,40,80', second: '40 req/s', why: /no answer within 1000 ms/, error: 'timeout' },
    { mode: 'concurrency', misbehave: 'garbage', steps: '5,10,20', second: '10 connections', why: /not HTTP/, error: 'HPE_INVALID_CONSTANT' },
  ] as const;
  // The three run side by side, each against its own target: light loads (at most 10
  // connections at 20 ms, or 40 requests/s), a third of the file's time.
  for (const c of cases) {
    it.concurrent(`${c.mode} model, a target that starts to ${c.misbehave === 'stall' ? 'stall (accepts, never answers)' : 'answer garbage'} in step 2: error, exit 3, step 1 kept, bounded`, async ({
      expect,
    }) => {
      const target = await switchableTarget();
      const out = tempDir();
      try {
        const run = spawnCli(
          ['ramp', '--target', target.url, '--mode', c.mode, '--steps', c.steps, '--step-duration', '2s', '--warmup', '0.2s', '--timeout', '1s', '--out', out],
          { timeoutMs: 40_000 },
        );
        await run.waitFor(new RegExp(`step 2/3: ${c.second} \\.\\.\\.`));
        await new Promise((r) => setTimeout(r, 500));
        target.set(c.misbehave);
        const { code } = await run.exited;
        expect(code).toBe(3);
        const r = readResult(out);
        const load = r.probes.load!;
        expect(r.verdict).toBe('error');
        expect(load.status).toBe('error');
        expect(load.message).toMatch(new RegExp(`target stopped answering at ${c.second}: `));
        expect(load.message).toMatch(c.why);
        // The healthy first step is kept as measured; the second shows the failure.
        expect(load.steps.map((s) => s.level)).toEqual(c.steps.split(',').slice(0, 2).map(Number));
        expect(load.steps[0]!).toMatchObject({ trusted: true, errorRate: 0 });
        expect(load.steps[0]!.requests).toBeGreaterThan(0);
        expect(load.steps[1]!.errorRate).toBeGreaterThan(0);
        expect(load.steps[1]!.errors[c.error]).toBeGreaterThan(0);
        expect(r.gates.length).toBeGreaterThan(0);
        for (const g of r.gates) expect(g.outcome).toBe('error');
        // Never hang: two steps of 2.2 s, requests bounded by --timeout 1s, the check after
        // the broken step bounded too. Timed by shipgate itself, without Node's start-up.
        expect(Date.parse(r.finishedAt) - Date.parse(r.startedAt)).toBeLessThan(2 * 2200 + 2 * 1000 + 1000 + 3000);
      } finally {
        target.close();
      }
    });
  }
});

describe('target failures', () => {
  it('target killed in the middle of a step: error, exit 3, earlier steps kept', async () => {
    const svc = await startDemo('--capacity 1000 --delay-ms 2');
    const out = tempDir();
    const started = performance.now();
    const run = spawnCli(['ramp', '--target', svc.url, '--steps', '5,10,20', '--step-duration', '3s', '--warmup', '0.2s', '--timeout', '2s', '--out', out]);
    // Kill the target one second into the second step.
    await run.waitFor(/step 2\/3: 10 connections \.\.\./);
    await new Promise((r) => setTimeout(r, 1000));
    await svc.stop();
    const { code } = await run.exited;
    expect(code).toBe(3);
    expect(performance.now() - started).toBeLessThan(20_000);
    const result = readResult(out);
    expect(result.verdict).toBe('error');
    expect(result.probes.load!.status).toBe('error');
    expect(result.probes.load!.message).toMatch(/target stopped answering at \d+ connections: ECONNREFUSED/);
    expect(result.probes.load!.steps.length).toBeGreaterThanOrEqual(1);
    expect(result.probes.load!.steps[0]!.requests).toBeGreaterThan(0);
  });

  it('a target that accepts connections but never answers: error, exit 3, bounded', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const server: Server = createServer(() => undefined); // never responds
    server.on('connection', (s) => sockets.add(s));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const out = tempDir();
    const started = performance.now();
    const r = await runCli(['ramp', '--target', url, '--steps', '5', '--step-duration', '1s', '--timeout', '1s', '--out', out]);
    for (const s of sockets) s.destroy();
    server.close();
    expect(r.code).toBe(3);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(readResult(out).probes.load!.message).toMatch(/no answer within 1000 ms/);
  });

  it('a target answering garbage instead of HTTP: error, exit 3', async () => {
    const tcp = createTcpServer((sock) => sock.end('SSH-2.0-OpenSSH_9.2\r\n'));
    await new Promise<void>((r) => tcp.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(tcp.address() as AddressInfo).port}/`;
    const out = tempDir();
    const r = await runCli(['ramp', '--target', url, '--steps', '5', '--step-duration', '1s', '--out', out]);
    tcp.close();
    expect(r.code).toBe(3);
    expect(readResult(out).probes.load!.message).toMatch(/not HTTP/);
  });
});
