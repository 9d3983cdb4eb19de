import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RampScenario } from '../scenario.ts';
import { flowFromHar, harScenarioYaml } from './from-har.ts';
import { Har } from './har.ts';

const T0 = Date.UTC(2026, 0, 1);
let at = 0;
/** One HAR entry `gapMs` after the previous one ended (each takes 50 ms). */
function entry(
  method: string,
  url: string,
  o: {
    gapMs?: number;
    type?: string;
    mime?: string;
    status?: number;
    reqHeaders?: Record<string, string>;
    resHeaders?: Record<string, string>;
    body?: string;
    res?: unknown;
  } = {},
) {
  at += o.gapMs ?? 0;
  const start = at;
  at += 50;
  const u = new URL(url);
  return {
    startedDateTime: new Date(T0 + start).toISOString(),
    time: 50,
    request: {
      method,
      url,
      headers: Object.entries({ 'User-Agent': 'x', Accept: '*/*', ...o.reqHeaders }).map(([name, value]) => ({ name, value })),
      queryString: [...u.searchParams].map(([name, value]) => ({ name, value })),
      ...(o.body ? { postData: { mimeType: 'application/json', text: o.body } } : {}),
    },
    response: {
      status: o.status ?? 200,
      headers: Object.entries({ 'Content-Type': o.mime ?? 'application/json', Date: 'now', ...o.resHeaders }).map(([name, value]) => ({ name, value })),
      content: { mimeType: o.mime ?? 'application/json', text: o.res === undefined ? '' : typeof o.res === 'string' ? o.res : JSON.stringify(o.res) },
    },
    ...(o.type ? { _resourceType: o.type } : {}),
  };
}

function har() {
  at = 0;
  const APP = 'https://app.test';
  const entries = [
    entry('GET', `${APP}/`, { mime: 'text/html', res: '<html>', type: 'document' }),
    entry('GET', `${APP}/main.js`, { mime: 'application/javascript', res: '' }),
    entry('GET', `${APP}/logo.svg`, { mime: 'image/svg+xml', res: '' }),
    entry('GET', `https://cdn.other.test/font.woff2`, { mime: 'font/woff2', res: '' }),
    entry('GET', `${APP}/api/csrf`, { res: { csrf: 'csrf-8f7e6d5c4b3a' } }),
    entry('POST', `${APP}/api/session`, {
      gapMs: 240,
      reqHeaders: { 'X-CSRF': 'csrf-8f7e6d5c4b3a', 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: 'bob@example.com', password: 'hunter22-secret' }),
      // The server echoes the user back: sent by the browser first, it is not a token.
      res: { user: 'bob@example.com', data: { accessToken: 'eyJhbGciOi.payload.sig' } },
      resHeaders: { 'X-Session-Id': 'sess-0123456789' },
    }),
    entry('POST', `https://analytics.other.test/collect`, { body: '{}', res: '' }),
    entry('GET', `${APP}/api/carts/current`, {
      gapMs: 1260,
      type: 'fetch',
      reqHeaders: { Authorization: 'Bearer eyJhbGciOi.payload.sig', 'x-session': 'sess-0123456789' },
      res: { cartId: 'cart-9d8c7b6a5f' },
    }),
    entry('PUT', `${APP}/api/carts/cart-9d8c7b6a5f/items?session=sess-0123456789`, {
      gapMs: 30,
      type: 'xhr',
      reqHeaders: { Authorization: 'Bearer eyJhbGciOi.payload.sig' },
      body: JSON.stringify({ cart: 'cart-9d8c7b6a5f', sku: 'sku-1', qty: 2, owner: 'bob@example.com' }),
      status: 204,
    }),
  ];
  return Har.parse({ log: { version: '1.2', entries } });
}

describe('flowFromHar', () => {
  const made = flowFromHar(har(), 'shop');
  it('keeps the same-origin API calls in order; documents, assets and other hosts are left out', () => {
    expect(made.origin).toBe('https://app.test');
    expect(made.steps.map((s) => `${s.request.method} ${s.request.path}`)).toEqual([
      'GET /api/csrf',
      'POST /api/session',
      'GET /api/carts/current',
      'PUT /api/carts/{{ cartid }}/items',
    ]);
    expect(made.skipped).toEqual({ static: 3, 'third-party': 2 });
  });
  it('turns server values into captures (JSON and header) and templates (header, query, JSON body, path)', () => {
    const [csrf, session, cart, put] = made.steps;
    expect(csrf!.capture).toEqual({ csrf: { json: '$.csrf' } });
    expect(session!.capture).toEqual({ accesstoken: { json: '$.data.accessToken' }, x_session_id: { header: 'x-session-id' } });
    expect(session!.request.headers).toEqual({ 'x-csrf': '{{ csrf }}' });
    expect(session!.request.json).toEqual({ user: 'bob@example.com', password: 'hunter22-secret' });
    expect(cart!.request.headers).toEqual({ authorization: 'Bearer {{ accesstoken }}', 'x-session': '{{ x_session_id }}' });
    expect(cart!.capture).toEqual({ cartid: { json: '$.cartId' } });
    expect(put!.request.query).toEqual({ session: '{{ x_session_id }}' });
    expect(put!.request.json).toEqual({ cart: '{{ cartid }}', sku: 'sku-1', qty: 2, owner: 'bob@example.com' });
    expect(put!.expect).toEqual({ status: 204 });
  });
  it('think times are the gaps, rounded to 100 ms; the login and what led to it run once', () => {
    expect(made.steps.map((s) => s.think)).toEqual(['200ms', '1.3s', undefined, undefined]);
    expect(made.steps.map((s) => !!s.once)).toEqual([true, true, false, false]);
  });
  it('writes YAML that is a valid users scenario', () => {
    const s = RampScenario.parse(parse(harScenarioYaml(made, 'x.har')));
    expect(s.mode).toBe('users');
    expect(s.flow!.map((f) => f.name)).toEqual(['get-api-csrf', 'post-api-session', 'get-api-carts-current', 'put-api-carts-cartid-items']);
  });
});
