// The bundled demo service: an HTTP API with a known capacity, so a ramp against it has a
// known breaking point. It serves `--capacity` requests at once, each taking `--delay-ms`,
// and answers 503 beyond that, as an overloaded service behind a limiter does.
//
//   node --import tsx src/demo/demo-service.ts --port 0 --capacity 250 --delay-ms 5
//
// It prints one line, `listening http://127.0.0.1:PORT`, when ready. Under /shop/ it is a
// small shop with a token-checking login for virtual-user flows (shop-api.ts).
//
// For tests: `--stats-file FILE` writes {served, apiRequests, lastRequestAt} there when the
// service stops (so a test can see when load really stopped arriving), and
// `--ignore-sigterm` makes it a service that is slow to stop (only SIGKILL ends it).
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createShop } from './shop-api.ts';

export interface DemoOptions {
  port: number;
  capacity: number;
  delayMs: number;
  /** Test modes: never answer API requests, or answer with a broken HTTP response. */
  stall: boolean;
  garbage: boolean;
  /** With a database: each API request runs one query through a pool of `pool` connections. */
  dbUrl?: string;
  pool?: number;
}

export interface DemoStats {
  served: number;
  /** API requests received (every request but /health and /metrics), answered or not. */
  apiRequests: number;
  /** Wall-clock time (Date.now()) the last API request arrived; 0 before the first. */
  lastRequestAt: number;
}

export function createDemoServer(o: DemoOptions) {
  let inFlight = 0;
  let served = 0;
  let apiRequests = 0;
  let lastRequestAt = 0;
  const items: { id: number; name: string }[] = [];
  const shop = createShop();
  const db = o.dbUrl ? new pg.Pool({ connectionString: o.dbUrl, max: o.pool ?? 10, application_name: 'shipgate-demo' }) : undefined;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (url === '/metrics') {
      // Prometheus text format: the pool's gauges, so a ramp can watch it fill.
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      const total = db?.totalCount ?? 0;
      const idle = db?.idleCount ?? 0;
      res.end(
        [
          '# TYPE demo_in_flight gauge',
          `demo_in_flight ${inFlight}`,
          '# TYPE db_pool_active gauge',
          `db_pool_active ${total - idle}`,
          '# TYPE db_pool_waiting gauge',
          `db_pool_waiting ${db?.waitingCount ?? 0}`,
          '# TYPE db_pool_max gauge',
          `db_pool_max ${db ? (o.pool ?? 10) : 0}`,
        ].join('\n') + '\n',
      );
      return;
    }
    if (url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, inFlight, served, apiRequests, lastRequestAt }));
      return;
    }
    if (url === '/shop/stats') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(shop.stats()));
      return;
    }
    apiRequests++;
    lastRequestAt = Date.now();
    if (o.stall) return; // holds the socket open and never answers
    if (o.garbage) {
      req.socket.end('this is not HTTP\r\n\r\n');
      return;
    }
    if (inFlight >= o.capacity) {
      res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '1' });
      res.end('over capacity\n');
      return;
    }
    inFlight++;
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const answer = () => {
        served++;
        if (url.startsWith('/shop/')) shop.handle(req, url, body, res);
        else if (req.method === 'POST' && url.startsWith('/api/items')) {
          let name = 'item';
          try {
            name = String((JSON.parse(body || '{}') as { name?: string }).name ?? 'item');
          } catch {
            /* a bad body still gets an answer */
          }
          const item = { id: items.length + 1, name };
          if (items.length < 1000) items.push(item);
          res.writeHead(201, { 'content-type': 'application/json' });
          res.end(JSON.stringify(item));
        } else {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ items: items.slice(-10), served }));
        }
        inFlight--;
      };
      if (db) {
        // The request's work is a query that holds a pool connection for delayMs.
        db.query('select pg_sleep($1::float8 / 1000)', [o.delayMs]).then(answer, (err: Error) => {
          inFlight--;
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(`database error: ${err.message}\n`);
        });
      } else if (o.delayMs > 0) setTimeout(answer, o.delayMs);
      else answer();
    });
  });
  server.keepAliveTimeout = 30_000;
  const stats = (): DemoStats => ({ served, apiRequests, lastRequestAt });
  return Object.assign(server, { stats });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      capacity: { type: 'string', default: '250' },
      'delay-ms': { type: 'string', default: '5' },
      stall: { type: 'boolean', default: false },
      garbage: { type: 'boolean', default: false },
      'db-url': { type: 'string' },
      pool: { type: 'string', default: '10' },
      'stats-file': { type: 'string' },
      'ignore-sigterm': { type: 'boolean', default: false },
    },
  });
  const server = createDemoServer({
    port: Number(values.port),
    capacity: Number(values.capacity),
    delayMs: Number(values['delay-ms']),
    stall: values.stall!,
    garbage: values.garbage!,
    ...(values['db-url'] ? { dbUrl: values['db-url'], pool: Number(values.pool) } : {}),
  });
  server.listen(Number(values.port), values.host, () => {
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : Number(values.port);
    process.stdout.write(`listening http://${values.host}:${port}\n`);
  });
  const shutdown = () => {
    if (values['stats-file']) writeFileSync(values['stats-file'], JSON.stringify(server.stats()) + '\n');
    server.closeAllConnections();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 500).unref();
  };
  process.on('SIGTERM', values['ignore-sigterm'] ? () => undefined : shutdown);
  process.on('SIGINT', shutdown);
  // Never outlive the parent that started us.
  process.on('disconnect', shutdown);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
