// Records test/fixtures/har/shop.har: a real browser (Debian's chromium, through
// playwright-core's recordHar) opening a small page that logs in to the demo shop and uses
// its API, as a user's browser would. The page also loads a script, a stylesheet, an image
// and a font, and sends a beacon to another origin: `scenario from-har` must leave those out.
//
//   node --import tsx test/helpers/record-shop-har.ts [out.har]
//
// The page is served from its own small server that forwards /shop/ to the demo service, so
// the API calls are same-origin, as an app behind one host name makes them.
import { createServer, request as httpRequest, type Server } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { freePort } from '../../src/core/service.ts';
import { startDemoService } from '../../src/demo/start-demo.ts';

const OUT = process.argv[2] ?? join(import.meta.dirname, '..', 'fixtures', 'har', 'shop.har');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The app: log in, list products, pause as a reader would, order one, list my orders. */
const APP_JS = `
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function main() {
  const login = await fetch('/shop/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: 'alice', password: 'pw-alice' }),
  });
  const { token } = await login.json();
  const auth = { authorization: 'Bearer ' + token };
  // A beacon to another origin (analytics): not the app's API.
  navigator.sendBeacon(THIRD_PARTY + '/collect?e=login', 'x');
  await sleep(700);
  const products = await (await fetch('/shop/products?limit=20', { headers: auth })).json();
  await sleep(1200);
  const order = await fetch('/shop/orders', {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ productId: products.products[2].id }),
  });
  await order.json();
  await sleep(400);
  // XHR, as older app code does.
  await new Promise((resolve) => {
    const x = new XMLHttpRequest();
    x.open('GET', '/shop/orders');
    x.setRequestHeader('authorization', auth.authorization);
    x.onload = resolve;
    x.send();
  });
  document.body.dataset.done = 'yes';
}
main();
`;

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function pageServer(demo: string, thirdParty: string): Server {
  return createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/shop/')) {
      // Forward to the demo service, as a reverse proxy in front of the app would.
      const up = httpRequest(`${demo}${url}`, { method: req.method, headers: { ...req.headers, host: new URL(demo).host } }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      up.on('error', () => res.writeHead(502).end());
      req.pipe(up);
      return;
    }
    const files: Record<string, [string, string | Buffer]> = {
      '/': [
        'text/html',
        `<!doctype html><html><head><title>Shop</title><link rel="stylesheet" href="/style.css">
<link rel="preload" as="font" type="font/woff2" href="${thirdParty}/font.woff2" crossorigin></head>
<body><h1>Shop</h1><img src="/logo.png" alt=""><script>const THIRD_PARTY = ${JSON.stringify(thirdParty)};</script><script src="/app.js"></script></body></html>`,
      ],
      '/app.js': ['text/javascript', APP_JS],
      '/style.css': ['text/css', 'body { font-family: sans-serif; }'],
      '/logo.png': ['image/png', PNG],
      '/font.woff2': ['font/woff2', Buffer.alloc(64)],
      '/favicon.ico': ['image/x-icon', PNG],
    };
    const path = url.split('?')[0]!;
    const f = files[path];
    if (req.method === 'POST') {
      req.resume();
      res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
    } else if (f) res.writeHead(200, { 'content-type': f[0], 'access-control-allow-origin': '*' }).end(f[1]);
    else res.writeHead(404).end();
  });
}

async function main(): Promise<void> {
  const demo = await startDemoService('');
  const port = await freePort();
  // Another origin on the same machine: localhost is not 127.0.0.1 to a browser.
  const thirdParty = `http://localhost:${port}`;
  const server = pageServer(demo.url, thirdParty);
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ recordHar: { path: OUT, content: 'embed' } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForSelector('body[data-done="yes"]', { timeout: 20_000 });
    await context.close(); // writes the HAR
  } finally {
    await browser.close();
    server.close();
    await demo.stop();
  }
  process.stdout.write(`wrote ${OUT}\n`);
}

await main();
