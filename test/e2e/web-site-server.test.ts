import { gunzipSync } from 'node:zlib';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type RunningSite } from '../../src/probes/web/site-server.ts';
import { heavyBundle } from '../../scenarios/demo-site/routes.ts';

describe('startSite (the demo site on loopback)', () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await startSite('scenarios/demo-site');
  });
  afterAll(() => site.close());

  it('serves files gzipped, so transfer sizes are the gzipped bytes', async () => {
    const res = await request(`${site.url}/shop.html`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.body.arrayBuffer())).toString()).toContain('<title>Demo shop: search and checkout</title>');
  });

  it('serves the generated heavy bundle: the same bytes every time, over 300 KB gzipped', async () => {
    const res = await request(`${site.url}/heavy.js`, { headers: { 'accept-encoding': 'gzip' } });
    const gz = Buffer.from(await res.body.arrayBuffer());
    expect(gz.length).toBeGreaterThan(300 * 1024);
    expect(gunzipSync(gz).toString()).toBe(heavyBundle());
  });

  it('runs the routes module (login cookie, payment behind it) and hides it', async () => {
    const anon = await request(`${site.url}/api/pay`, { method: 'POST', body: '[]' });
    expect(anon.statusCode).toBe(401);
    await anon.body.dump();
    const login = await request(`${site.url}/login`, { method: 'POST', body: 'user=demo' });
    await login.body.dump();
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const paid = await request(`${site.url}/api/pay`, { method: 'POST', body: '[]', headers: { cookie } });
    expect(await paid.body.json()).toEqual({ order: 'A-1001' });
    for (const path of ['/routes.ts', '/../package.json', '/nope.html']) {
      const r = await request(`${site.url}${path}`);
      expect(r.statusCode, path).toBe(404);
      await r.body.dump();
    }
  });
});
