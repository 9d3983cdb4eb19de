// The load engine (src/probes/load/http-engine.ts: raw keep-alive sockets, its own response
// parser) against real servers on loopback: node:http (Content-Length, chunked with trailers,
// 204, 304, HEAD, Connection: close), a TCP server that writes its answers a few bytes at a
// time (every read a fragment) or ends the body by closing, targets that fail in each way the
// load models name (HPE_INVALID_CONSTANT, ECONNCLOSED, timeout, ECONNREFUSED), an https
// target (TLS, its certificate verified), and nginx,
// whose access log must show every request the engine says it sent, with its status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { join } from 'node:path';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { Connections, heldMs, type Connection } from '../../src/probes/load/http-engine.ts';
import type { PreparedRequest } from '../../src/probes/load/request-mix.ts';
import { errorCause } from '../../src/probes/load/step-recorder.ts';
import { tempDir } from '../helpers.ts';
import { flushed, startNginx, type Nginx } from '../helpers/nginx.ts';

interface Outcome {
  status: number;
  cause?: string;
}

const get = (path: string, method: PreparedRequest['method'] = 'GET'): PreparedRequest => ({ name: path, method, path, headers: {} });

function send(conns: Connections, c: Connection, req: PreparedRequest, n = 0): Promise<Outcome> {
  return new Promise((resolve) => conns.send(c, req, n, (status, err) => resolve(err === undefined ? { status } : { status, cause: errorCause(err) })));
}

async function listen<T extends Server | TcpServer>(server: T): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('load engine against node:http', () => {
  let server: Server;
  let origin: string;
  let connections = 0;
  const seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (d: string) => (body += d));
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        if (req.url === '/chunked') {
          res.setHeader('trailer', 'x-sum');
          res.write('first chunk;');
          res.write('second chunk\r\n0\r\n\r\n');
          res.addTrailers({ 'x-sum': '42' });
          return void res.end('last');
        }
        if (req.url === '/empty') return void res.writeHead(204).end();
        if (req.url === '/not-modified') return void res.writeHead(304, { 'content-length': '99' }).end();
        if (req.url === '/close') res.setHeader('connection', 'close');
        if (req.url === '/missing') res.statusCode = 404;
        res.setHeader('content-length', 11);
        res.end(req.method === 'HEAD' ? undefined : 'hello world');
      });
    });
    server.on('connection', () => connections++);
    origin = await listen(server);
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((r) => server.close(() => r()));
  });

  it('one connection carries every kind of answer, one after the other', async () => {
    const conns = new Connections(origin, 1, 5000);
    const c = conns.acquire()!;
    const before = connections;
    const kinds = ['/len', '/chunked', '/empty', '/not-modified', '/missing'];
    for (let round = 0; round < 3; round++) {
      for (const path of kinds)
        expect(await send(conns, c, get(path))).toEqual({ status: { '/empty': 204, '/not-modified': 304, '/missing': 404 }[path] ?? 200 });
      // HEAD: Content-Length 11 but no body; the next answer must parse from its own start.
      expect(await send(conns, c, get('/len', 'HEAD'))).toEqual({ status: 200 });
    }
    expect(connections - before).toBe(1);
    await conns.close();
  });

  it('close() ends every connection: none is left open at the server', async () => {
    const conns = new Connections(origin, 8, 5000);
    await Promise.all(Array.from({ length: 8 }, () => send(conns, conns.acquire()!, get('/len'))));
    const open = () => new Promise<number>((r) => server.getConnections((_e, n) => r(n)));
    expect(await open()).toBeGreaterThanOrEqual(8);
    await conns.close();
    const until = Date.now() + 5000;
    while ((await open()) > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(await open()).toBe(0);
  });

  it('Connection: close is not an error: the next request goes on a new connection', async () => {
    const conns = new Connections(origin, 1, 5000);
    const c = conns.acquire()!;
    const before = connections;
    for (let i = 0; i < 5; i++) expect(await send(conns, c, get('/close'))).toEqual({ status: 200 });
    expect(await send(conns, c, get('/len'))).toEqual({ status: 200 });
    // Five closed after their answer; the sixth request opened the sixth.
    expect(connections - before).toBe(6);
    await conns.close();
  });

  it('sends what the request says: templates rendered per request, Host, Content-Length in bytes', async () => {
    const conns = new Connections(origin, 2, 5000);
    const templated: PreparedRequest = {
      name: 'POST /items',
      method: 'POST',
      path: '/items/{{ $iteration }}',
      headers: {},
      render: (n) => ({ path: `/items/${n}`, headers: { 'x-n': String(n), 'content-type': 'text/plain' }, body: `café ${n}` }),
    };
    seen.length = 0;
    const c = conns.acquire()!;
    for (const n of [7, 8]) expect(await send(conns, c, templated, n)).toEqual({ status: 200 });
    expect(await send(conns, c, { name: 'PUT', method: 'PUT', path: '/empty-put', headers: { 'x-a': 'b' } })).toEqual({ status: 200 });
    expect(seen.map((s) => [s.method, s.url, s.headers['x-n'], s.headers['content-length'], s.body])).toEqual([
      ['POST', '/items/7', '7', '7', 'café 7'],
      ['POST', '/items/8', '8', '7', 'café 8'],
      ['PUT', '/empty-put', undefined, '0', ''],
    ]);
    expect(seen.every((s) => s.headers.host === new URL(origin).host)).toBe(true);
    expect(seen[2]!.headers['x-a']).toBe('b');
    await conns.close();
  });

  it('a rendered value with a line break is never written: the request fails, the connection goes on', async () => {
    const conns = new Connections(origin, 1, 5000);
    const c = conns.acquire()!;
    // A data row whose value would smuggle a second request into the target.
    const smuggling: PreparedRequest = {
      name: 'GET /u',
      method: 'GET',
      path: '/u',
      headers: {},
      render: (n) => ({ path: `/u/${n}`, headers: { 'x-user': n === 1 ? 'a\r\n\r\nGET /admin HTTP/1.1' : 'a' } }),
    };
    seen.length = 0;
    expect(await send(conns, c, smuggling, 1)).toEqual({ status: 0, cause: 'ERR_INVALID_CHAR' });
    expect(await send(conns, c, smuggling, 2)).toEqual({ status: 200 });
    expect(seen.map((x) => x.url)).toEqual(['/u/2']);
    await conns.close();
  });

  it("a request a busy turn holds back is the generator's delay (heldMs), not the target's", async () => {
    const conns = new Connections(origin, 40, 5000);
    const cs = Array.from({ length: 40 }, () => conns.acquire()!);
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    // One turn: 40 sends 1 ms apart (the engine writes at once for its first 8 ms, then queues),
    // and 40 ms more of work before the turn ends and the queue is written.
    const answers = cs.map((c) => {
      const p = send(conns, c, get('/'));
      busy(1);
      return p;
    });
    busy(40);
    const outcomes = await Promise.all(answers);
    expect(outcomes.filter((a) => a.status !== 200)).toEqual([]);
    const held = cs.map((c) => heldMs(c));
    // The first went out at once; past the turn's budget (8 ms: 4-8 sends here, fewer on a busy
    // machine) each waited for the end of the turn, 40 ms and more.
    expect(held[0]).toBeLessThan(1);
    expect(held.filter((h) => h >= 40).length).toBeGreaterThanOrEqual(30);
    expect(held.slice(-5).every((h) => h >= 40)).toBe(true);
    await conns.close();
  });
});

describe('load engine: answers in fragments, and targets that fail', () => {
  /** A TCP server that answers each request with `script` (from the request's first line). */
  let tcp: TcpServer;
  let origin: string;
  const script = new Map<string, (s: Socket) => void>();
  beforeAll(async () => {
    tcp = createTcpServer((s) => {
      s.setNoDelay(true);
      let got = '';
      s.on('data', (d: Buffer) => {
        got += d.toString('latin1');
        const end = got.indexOf('\r\n\r\n');
        if (end < 0) return;
        const path = got.split(' ')[1]!;
        got = got.slice(end + 4);
        script.get(path)?.(s);
      });
      s.on('error', () => undefined);
    });
    origin = await listen(tcp);
  });
  afterAll(() => new Promise<void>((r) => tcp.close(() => r())));

  /** Writes `text` a few bytes at a time, a pause between writes, so each read is a fragment. */
  const dribble = (s: Socket, text: string, then?: () => void) => {
    let i = 0;
    const next = () => {
      if (s.destroyed) return;
      if (i >= text.length) return then?.();
      s.write(text.slice(i, i + 3));
      i += 3;
      setTimeout(next, 1);
    };
    next();
  };
  const chunked = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n';
  script.set('/fragments', (s) => dribble(s, chunked));
  script.set('/until-close', (s) =>
    dribble(s, 'HTTP/1.1 201 Created\r\nContent-Type: text/plain\r\n\r\nthe body ends when the connection does', () => s.end()),
  );
  script.set('/garbage', (s) => s.end('this is not HTTP\r\n\r\n'));
  script.set('/cut', (s) => s.end('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part'));
  script.set('/hang-up', (s) => s.destroy());
  script.set('/stall', () => undefined);

  it('an answer read in fragments, and one whose body ends with the close, are answers', async () => {
    const conns = new Connections(origin, 1, 5000);
    const c = conns.acquire()!;
    for (let i = 0; i < 3; i++) expect(await send(conns, c, get('/fragments'))).toEqual({ status: 200 });
    expect(await send(conns, c, get('/until-close'))).toEqual({ status: 201 });
    // The connection closed with that answer: the next request opens another.
    expect(await send(conns, c, get('/fragments'))).toEqual({ status: 200 });
    await conns.close();
  });

  it('each failure is named as the load models record it, and the connection recovers', async () => {
    const conns = new Connections(origin, 1, 400);
    const c = conns.acquire()!;
    expect(await send(conns, c, get('/garbage'))).toEqual({ status: 0, cause: 'HPE_INVALID_CONSTANT' });
    expect(await send(conns, c, get('/cut'))).toEqual({ status: 0, cause: 'ECONNCLOSED' });
    expect(await send(conns, c, get('/hang-up'))).toEqual({ status: 0, cause: 'ECONNCLOSED' });
    const t0 = performance.now();
    expect(await send(conns, c, get('/stall'))).toEqual({ status: 0, cause: 'timeout' });
    const waited = performance.now() - t0;
    // One sweep per engine: reported after the timeout, at most a sweep (100 ms) late on a quiet
    // machine; the bound here is only that it is not early and does not hang.
    expect(waited).toBeGreaterThanOrEqual(400);
    expect(waited).toBeLessThan(5000);
    expect(await send(conns, c, get('/fragments'))).toEqual({ status: 200 });
    await conns.close();
  });

  it('a refused connection is ECONNREFUSED, each time it is tried', async () => {
    const closed = createTcpServer();
    const url = await listen(closed);
    await new Promise<void>((r) => closed.close(() => r()));
    const conns = new Connections(url, 1, 2000);
    const c = conns.acquire()!;
    for (let i = 0; i < 2; i++) expect(await send(conns, c, get('/'))).toEqual({ status: 0, cause: 'ECONNREFUSED' });
    await conns.close();
  });
});

describe('load engine against nginx', () => {
  let nginx: Nginx;
  beforeAll(async () => {
    nginx = await startNginx({ rate: 1, burst: 1 });
  });
  afterAll(() => nginx?.stop());

  it('every request reaches nginx with the status the engine reports, over kept-alive connections', async () => {
    const conns = new Connections(nginx.url, 4, 5000);
    const paths = ['/static/', '/api/items/1', '/', '/rate/'];
    const reported = new Map<string, Map<number, number>>();
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        const c = conns.acquire()!;
        for (let i = 0; i < 40; i++) {
          const path = paths[i % paths.length]!;
          const r = await send(conns, c, get(path, i % 8 === 0 ? 'HEAD' : 'GET'));
          expect(r.cause).toBeUndefined();
          const byStatus = reported.get(path) ?? new Map<number, number>();
          byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
          reported.set(path, byStatus);
        }
      }),
    );
    await conns.close();
    await flushed();
    expect(nginx.hits()).toEqual(reported);
    expect(reported.get('/static/')).toEqual(new Map([[200, 40]]));
    expect(reported.get('/')).toEqual(new Map([[403, 40]]));
    // limit_req at 1/s, burst 1: most of the 40 are refused with 503, a few get through.
    expect(reported.get('/rate/')!.get(503)).toBeGreaterThan(30);
  });
});

describe('load engine over TLS', () => {
  it('an https target is spoken to over TLS, its certificate verified as undici verified it', async () => {
    // A self-signed certificate made for the test: verification fails, as it should.
    const dir = tempDir();
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], {
      stdio: 'ignore',
    });
    let connections = 0;
    const server = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => res.end('over tls'));
    server.on('secureConnection', () => connections++);
    const origin = (await listen(server)).replace('http:', 'https:');
    try {
      const conns = new Connections(origin, 1, 5000);
      expect(await send(conns, conns.acquire()!, get('/'))).toEqual({ status: 0, cause: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
      await conns.close();
      // Trusted (verification off for this test only), answers are read over TLS, kept alive.
      const saved = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
      try {
        const trusting = new Connections(origin, 1, 5000);
        const c = trusting.acquire()!;
        const before = connections;
        for (let i = 0; i < 5; i++) expect(await send(trusting, c, get('/'))).toEqual({ status: 200 });
        expect(connections - before).toBe(1);
        await trusting.close();
      } finally {
        if (saved === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
        else process.env.NODE_TLS_REJECT_UNAUTHORIZED = saved;
      }
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
