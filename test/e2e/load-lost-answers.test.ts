// The closed model counts an answer it never got: a reply that is not HTTP, or a connection
// the target closed without answering, is an error of that request (autocannon, the closed
// model's generator before issue #16, dropped it silently). A server that announces
// Connection: close is not at fault.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runClosedStep } from '../../src/probes/load/closed-step.ts';

type Misbehaviour = 'garbage' | 'close' | 'connection-close';
let server: Server;
let url: string;
let mode: Misbehaviour = 'garbage';
let n = 0;
beforeAll(async () => {
  // Every 4th request misbehaves; the others get a normal answer.
  server = createServer((req, res) => {
    const odd = ++n % 4 === 0;
    if (odd && mode === 'garbage') return void req.socket.end('this is not HTTP\r\n\r\n');
    if (odd && mode === 'close') return void req.socket.destroy();
    if (mode === 'connection-close') res.setHeader('connection', 'close');
    res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
});

async function step(m: Misbehaviour) {
  mode = m;
  n = 0;
  const { recorder } = await runClosedStep({
    url,
    connections: 4,
    warmupMs: 100,
    durationMs: 700,
    timeoutMs: 1000,
    requests: [{ name: 'GET /', method: 'GET', path: '/', headers: {} }],
  });
  return recorder;
}

describe('closed model: answers that never came', () => {
  it('a reply that is not HTTP is an error named by the parser', async () => {
    const rec = await step('garbage');
    expect(rec.responses).toBeGreaterThan(50);
    expect(Object.keys(rec.errors)).toEqual(['HPE_INVALID_CONSTANT']);
    expect(rec.errorRate).toBeGreaterThan(0.15);
    expect(rec.errorRate).toBeLessThan(0.35);
  });

  it('a connection closed without an answer is an error (ECONNCLOSED)', async () => {
    const rec = await step('close');
    expect(rec.responses).toBeGreaterThan(50);
    expect(Object.keys(rec.errors)).toEqual(['ECONNCLOSED']);
    expect(rec.errorRate).toBeGreaterThan(0.15);
    expect(rec.errorRate).toBeLessThan(0.35);
  });

  it('a server that answers with Connection: close is not an error', async () => {
    const rec = await step('connection-close');
    expect(rec.responses).toBeGreaterThan(50);
    expect(rec.errors).toEqual({});
  });
});
