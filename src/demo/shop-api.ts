// The demo service's shop: a token-checking login, a product list and per-user orders, for
// virtual-user flows. It checks what a fake could not: a request without a valid token is a
// 401, and it counts logins per user and the gaps between one user's requests, so a test (or
// you, at /shop/stats) can see that each user logged in once, used its own token and paused
// for its think time.
//
//   POST /shop/login {user, password}   → 200 {token} (password is "pw-" + user), else 401
//   GET  /shop/products                 → 200 {products: [{id, name, price}]}  (token)
//   POST /shop/orders {productId}       → 201 {orderId, user}                    (token)
//   GET  /shop/orders                   → 200 {orders: [...]} of this user only  (token)
//   GET  /shop/stats                    → {logins, unauthorized, gapsMs, users}
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const PRODUCTS = Array.from({ length: 20 }, (_, i) => ({ id: i + 1, name: `product ${i + 1}`, price: 5 + ((i * 7) % 40) }));
/** Gaps kept for /shop/stats: enough to see a distribution, bounded for a long soak. */
const MAX_GAPS = 200_000;

export interface ShopStats {
  /** Logins per user. */
  logins: Record<string, number>;
  /** Requests refused for a missing or unknown token. */
  unauthorized: number;
  /** Milliseconds between the end of one answer to a user and that user's next request. */
  gapsMs: number[];
  orders: number;
}

export function createShop() {
  const tokens = new Map<string, string>();
  const logins: Record<string, number> = {};
  const lastAnswerAt = new Map<string, number>();
  const orders = new Map<string, { orderId: number; productId: number }[]>();
  const gapsMs: number[] = [];
  let unauthorized = 0;
  let orderCount = 0;

  const send = (res: ServerResponse, status: number, body: unknown, user?: string) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
    if (user) lastAnswerAt.set(user, performance.now());
  };

  /** Answers a /shop/ request whose body has been read; false when the path is not the shop's. */
  function handle(req: IncomingMessage, url: string, body: string, res: ServerResponse): boolean {
    const path = url.split('?')[0]!;
    if (req.method === 'POST' && path === '/shop/login') {
      let creds: { user?: unknown; password?: unknown } = {};
      try {
        creds = JSON.parse(body || '{}');
      } catch {
        /* a bad body is a failed login */
      }
      const user = typeof creds.user === 'string' ? creds.user : '';
      if (!user || creds.password !== `pw-${user}`) {
        send(res, 401, { error: 'bad credentials' });
        return true;
      }
      const token = randomUUID();
      tokens.set(token, user);
      logins[user] = (logins[user] ?? 0) + 1;
      send(res, 200, { token, user }, user);
      return true;
    }
    if (!path.startsWith('/shop/')) return false;
    const auth = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    const user = auth ? tokens.get(auth[1]!) : undefined;
    if (!user) {
      unauthorized++;
      send(res, 401, { error: 'missing or unknown token' });
      return true;
    }
    const last = lastAnswerAt.get(user);
    if (last !== undefined && gapsMs.length < MAX_GAPS) gapsMs.push(performance.now() - last);
    if (req.method === 'GET' && path === '/shop/products') send(res, 200, { products: PRODUCTS }, user);
    else if (req.method === 'POST' && path === '/shop/orders') {
      let productId = 0;
      try {
        productId = Number((JSON.parse(body || '{}') as { productId?: unknown }).productId);
      } catch {
        /* checked below */
      }
      if (!PRODUCTS.some((p) => p.id === productId)) send(res, 422, { error: 'unknown productId' }, user);
      else {
        const order = { orderId: ++orderCount, productId };
        const mine = orders.get(user) ?? [];
        if (mine.length < 100) mine.push(order);
        orders.set(user, mine);
        send(res, 201, { ...order, user }, user);
      }
    } else if (req.method === 'GET' && path === '/shop/orders') send(res, 200, { orders: orders.get(user) ?? [] }, user);
    else send(res, 404, { error: 'no such shop route' }, user);
    return true;
  }

  const stats = (): ShopStats => ({ logins: { ...logins }, unauthorized, gapsMs: [...gapsMs], orders: orderCount });
  return { handle, stats };
}
