// The demo site's dynamic parts, served by shipgate's loopback site server: the light home
// page (greets a signed-in user, so the journey's cookies visibly reach Lighthouse), the heavy
// bundle generated deterministically, a search API and a payment API behind a login.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendBody, type SiteRoute } from '../../src/probes/web/site-server.ts';
// A seeded PRNG, so the bundle is the same bytes on every machine and run.
import { prng } from '../../src/lib/prng.ts';

const SESSION = 'sid=demo-session';
const PRODUCTS = ['desk lamp', 'floor lamp', 'lamp shade', 'armchair', 'bookshelf', 'coffee table', 'rug', 'mirror'].map((name, i) => ({
  id: i + 1,
  name,
  price: 19 + i * 11,
}));

const signedIn = (req: IncomingMessage) =>
  String(req.headers.cookie ?? '')
    .split(/;\s*/)
    .includes(SESSION);

/** ~440 KB of incompressible-ish strings: about 330 KB gzipped, over every playbook JS budget. */
export function heavyBundle(bytes = 440_000): string {
  const rand = prng(20261126);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const chunks: string[] = [];
  let size = 0;
  while (size < bytes) {
    let s = '';
    for (let i = 0; i < 64; i++) s += alphabet[Math.floor(rand() * 64)];
    chunks.push(`"${s}"`);
    size += 67;
  }
  return [
    '// Generated demo bundle: a large catalogue blob, decoded on load.',
    `const CATALOGUE = [${chunks.join(',\n')}];`,
    'let checksum = 0;',
    'for (const s of CATALOGUE) for (let i = 0; i < s.length; i++) checksum = (checksum * 31 + s.charCodeAt(i)) | 0;',
    "document.getElementById('summary').textContent = CATALOGUE.length + ' catalogue entries (checksum ' + checksum + ')';",
    '',
  ].join('\n');
}

let heavy: Buffer | undefined;
const gzCache = new Map<string, Buffer>();

const html = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="/style.css"></head><body>${body}</body></html>`;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => ok(data));
    req.on('error', fail);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

const routes: Record<string, SiteRoute> = {
  '/': (req, res) => {
    // Signed in (the journey's login cookie reached Lighthouse): the page also loads an avatar.
    const who = signedIn(req) ? '<img src="/avatar.svg" width="24" height="24" alt=""> Signed in as demo.' : 'Welcome, guest.';
    const page = html(
      'Demo shop',
      `<nav><a href="/shop.html">Shop</a><a href="/heavy.html">Catalogue</a></nav><h1>Demo shop</h1><p id="who">${who}</p><p>Lamps, chairs and tables, delivered.</p>`,
    );
    sendBody(req, res, 'text/html; charset=utf-8', Buffer.from(page));
  },
  '/heavy.js': (req, res) => {
    heavy ??= Buffer.from(heavyBundle());
    sendBody(req, res, 'text/javascript; charset=utf-8', heavy, gzCache, 'heavy');
  },
  '/login': async (req, res) => {
    await readBody(req);
    res.writeHead(303, { location: '/shop.html', 'set-cookie': `${SESSION}; Path=/; HttpOnly; SameSite=Lax` }).end();
  },
  '/api/search': (req, res) => {
    const q = new URL(req.url ?? '/', 'http://x').searchParams.get('q')?.toLowerCase() ?? '';
    setTimeout(
      () =>
        json(
          res,
          200,
          PRODUCTS.filter((p) => q && p.name.includes(q)),
        ),
      40,
    );
  },
  '/api/pay': async (req, res) => {
    await readBody(req);
    if (!signedIn(req)) {
      json(res, 401, { error: 'sign in first' });
      return;
    }
    setTimeout(() => json(res, 200, { order: 'A-1001' }), 300);
  },
};

export default routes;
