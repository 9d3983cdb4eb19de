// A loopback static server for a bundled site (the demo's pages live in scenarios/): files
// gzip-compressed like a production CDN would, so Lighthouse's transfer sizes are the real
// gzipped bytes, plus optional dynamic routes from a module (e.g. generated JS, a login):
// `export default { '/path': (req, res) => ... }`. The routes file itself is never served.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadFile } from '../../core/load-file.ts';
import { z } from 'zod';

export type SiteRoute = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface RunningSite {
  url: string;
  close(): Promise<void>;
}

const Routes = z.record(
  z.string().startsWith('/'),
  z.custom<SiteRoute>((v) => typeof v === 'function', 'must be a function'),
);

/** `routesFile` defaults to `<dir>/routes.ts` when that exists. */
export async function startSite(dir: string, routesFile?: string): Promise<RunningSite> {
  const root = resolve(dir);
  const routesPath = routesFile ?? (existsSync(join(root, 'routes.ts')) ? join(dir, 'routes.ts') : undefined);
  const routes: Record<string, SiteRoute> = routesPath ? (await loadFile(routesPath, Routes)).data : {};
  const gzCache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((err: Error) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(err.message);
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routes[path];
    if (route) return route(req, res);
    if (routesPath && path.endsWith('/routes.ts')) {
      res.writeHead(404).end();
      return;
    }
    const file = join(root, normalize(path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root) || !(await stat(file).catch(() => undefined))?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    sendBody(req, res, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file), gzCache, file);
  }
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Gzip when the client accepts it (browsers do); `cacheKey` keeps the compressed copy. */
export function sendBody(req: IncomingMessage, res: ServerResponse, type: string, body: Buffer, cache?: Map<string, Buffer>, cacheKey?: string): void {
  const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' };
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    let gz = cacheKey ? cache?.get(cacheKey) : undefined;
    if (!gz) {
      gz = gzipSync(body);
      if (cacheKey) cache?.set(cacheKey, gz);
    }
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': String(gz.length) }).end(gz);
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
}
