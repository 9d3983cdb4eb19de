// A target that goes away, stalls or answers garbage ends the ramp as an error (exit 3) in
// bounded time, with the steps measured so far kept in result.json.
import { describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { readResult, runCli, startDemo, tempDir } from './helpers.ts';

describe('target failures', () => {
  it('target killed in the middle of a step: error, exit 3, earlier steps kept', async () => {
    const svc = await startDemo('--capacity 1000 --delay-ms 2');
    const out = tempDir();
    const started = performance.now();
    const kill = setTimeout(() => void svc.stop(), 2500);
    const r = await runCli(['ramp', '--target', svc.url, '--steps', '5,10,20', '--step-duration', '1.5s', '--warmup', '0.2s', '--timeout', '2s', '--out', out]);
    clearTimeout(kill);
    expect(r.code).toBe(3);
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
