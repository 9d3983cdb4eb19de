// Which HTTP client is cheapest per request for the generator? Each keeps N requests in
// flight against nginx on loopback for a few seconds and prints requests/s and CPU µs per
// request (the process's CPU over the window): undici Pool + request() + body.dump() (the
// open model before issue #16), Pool + dispatch() with a handler object, one undici Client
// per connection + dispatch(), node:http with a keep-alive Agent, and the engine the generator
// uses (src/probes/load/http-engine.ts: a raw socket per connection, its own parser).
//
//   npx tsx bench/http-clients.ts [--connections 50] [--seconds 3]
import http from 'node:http';
import { parseArgs } from 'node:util';
import { Client, Pool } from 'undici';
import { Connections } from '../src/probes/load/http-engine.ts';
import { startNginx } from '../test/helpers/nginx.ts';

const { values } = parseArgs({ options: { connections: { type: 'string', default: '50' }, seconds: { type: 'string', default: '3' } } });
const N = Number(values.connections);
const seconds = Number(values.seconds);
const cpu = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};

type Send = (done: (ok: boolean) => void) => void;

/** Keeps N requests in flight for the window; each answer sends the next. */
async function loop(name: string, send: Send, close: () => Promise<unknown>): Promise<void> {
  let n = 0;
  let errors = 0;
  let running = true;
  const one = () =>
    send((ok) => {
      n++;
      if (!ok) errors++;
      if (running) one();
    });
  for (let i = 0; i < N; i++) one();
  await new Promise((r) => setTimeout(r, 500)); // connected and warm
  const n0 = n;
  const c0 = cpu();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const c1 = cpu();
  const count = n - n0;
  running = false;
  await new Promise((r) => setTimeout(r, 200));
  await close();
  console.log(
    `${name.padEnd(34)} ${String(Math.round(count / seconds)).padStart(7)} req/s  ${((c1 - c0) / count).toFixed(1).padStart(6)} µs CPU/req  errors ${errors}`,
  );
}

function handler(done: (ok: boolean) => void) {
  let status = 0;
  return {
    onConnect() {},
    onHeaders(s: number) {
      status = s;
      return true;
    },
    onData() {
      return true;
    },
    onComplete() {
      done(status === 200);
    },
    onError() {
      done(false);
    },
  };
}

const nginx = await startNginx({ rate: 1000 });
const origin = nginx.url;
const path = '/static/';
try {
  for (let round = 0; round < 2; round++) {
    {
      const pool = new Pool(origin, { connections: N, pipelining: 1 });
      await loop(
        'Pool.request + body.dump',
        (done) => {
          pool
            .request({ path, method: 'GET', signal: AbortSignal.timeout(10_000) })
            .then(async (r) => {
              await r.body.dump();
              done(r.statusCode === 200);
            })
            .catch(() => done(false));
        },
        () => pool.destroy(),
      );
    }
    {
      const pool = new Pool(origin, { connections: N, pipelining: 1, headersTimeout: 10_000, bodyTimeout: 10_000 });
      await loop(
        'Pool.dispatch (handler)',
        (done) => pool.dispatch({ path, method: 'GET' }, handler(done)),
        () => pool.destroy(),
      );
    }
    {
      const clients = Array.from({ length: N }, () => new Client(origin, { pipelining: 1, headersTimeout: 10_000, bodyTimeout: 10_000 }));
      let i = 0;
      await loop(
        'Client per connection + dispatch',
        (done) => clients[i++ % N]!.dispatch({ path, method: 'GET' }, handler(done)),
        () => Promise.all(clients.map((c) => c.destroy())),
      );
    }
    {
      const conns = new Connections(origin, N, 10_000);
      // One request in flight per connection: an answered one's connection sends the next.
      const free = Array.from({ length: N }, () => conns.acquire()!);
      const get = { name: 'GET', method: 'GET' as const, path, headers: {} };
      await loop(
        'engine (raw socket per connection)',
        (done) => {
          const c = free.pop()!;
          conns.send(c, get, 0, (status) => {
            free.push(c);
            done(status === 200);
          });
        },
        () => conns.close(),
      );
    }
    {
      const agent = new http.Agent({ keepAlive: true, maxSockets: N });
      const url = new URL(path, origin);
      await loop(
        'node:http keep-alive Agent',
        (done) => {
          const req = http.get({ host: url.hostname, port: url.port, path, agent }, (res) => {
            res.resume();
            res.on('end', () => done(res.statusCode === 200));
          });
          req.on('error', () => done(false));
        },
        async () => agent.destroy(),
      );
    }
  }
} finally {
  await nginx.stop();
}
