// Weighted endpoints as a fixed, interleaved sequence (smooth weighted round-robin, as
// nginx balances upstreams). Each request is built once, so mixing endpoints costs the
// generator nothing per request; an endpoint with `{{ }}` templates is compiled once and
// rendered per request (a data row picked for each, `$iteration` the request count).
import { UsageError } from '../../core/errors.ts';
import type { DataFeed } from './data-feed.ts';
import type { Endpoint } from './scenario.ts';
import { compileTemplate, hasTemplate, templateNames, type Render } from './template.ts';

export interface RenderedRequest {
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface PreparedRequest extends RenderedRequest {
  name: string;
  method: Endpoint['method'];
  /** Present when the endpoint has templates: the request to send as the `n`th request
   * (0-based). `path`, `headers` and `body` above are then the unrendered templates. */
  render?: (n: number) => RenderedRequest;
}

/** The request to send as the `n`th: rendered when templated, else itself. */
export function materialize(req: PreparedRequest, n: number): RenderedRequest {
  return req.render ? req.render(n) : req;
}

/**
 * The path a request goes to. The target's path is where the load goes (`--target
 * http://h/rate/` loads `/rate/`); a scenario path is appended to it, as Artillery, Gatling
 * and Locust append request paths to their base URL (`http://h/api` + `/items` = `/api/items`).
 */
export function requestPath(target: string, path: string | undefined): string {
  const t = new URL(target);
  if (path === undefined) return `${t.pathname}${t.search}`;
  const base = t.pathname.replace(/\/+$/, '');
  return `${base}${path}`;
}

/** Credentials in the target URL become Basic auth, as curl and browsers send them. */
function basicAuth(target: string): Record<string, string> {
  const t = new URL(target);
  if (!t.username && !t.password) return {};
  const raw = `${decodeURIComponent(t.username)}:${decodeURIComponent(t.password)}`;
  return { authorization: `Basic ${Buffer.from(raw).toString('base64')}` };
}

export function prepareRequest(e: Endpoint, common: Record<string, string>, target: string, feeds: readonly DataFeed[] = []): PreparedRequest {
  const headers = { ...basicAuth(target), ...common, ...e.headers };
  let body: string | undefined;
  if (typeof e.body === 'string') body = e.body;
  else if (e.body !== undefined) {
    body = JSON.stringify(e.body);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  }
  const path = requestPath(target, e.path);
  const prepared: PreparedRequest = { name: e.name ?? `${e.method} ${path}`, method: e.method, path, headers, ...(body !== undefined ? { body } : {}) };
  const render = compileEndpoint(prepared, feeds);
  return render ? { ...prepared, render } : prepared;
}

/**
 * Templates of an endpoint as one function of the request count. Each data source the
 * endpoint reads gives one row per request (the same row for every column of it); there are
 * no captures outside a flow, and `unique` (a row per virtual user) has no user to belong to.
 */
function compileEndpoint(r: PreparedRequest, feeds: readonly DataFeed[]): ((n: number) => RenderedRequest) | undefined {
  const texts = [r.path, ...Object.values(r.headers), r.body ?? ''];
  if (!texts.some(hasTemplate)) return undefined;
  const where = `endpoint ${r.name}`;
  const used = new Map<string, DataFeed>();
  for (const name of texts.flatMap(templateNames)) {
    if (name.startsWith('$')) continue;
    const [head, column] = name.split('.');
    if (column === undefined) {
      throw new UsageError(
        `${where}: {{ ${name} }} is a captured variable; endpoints capture nothing`,
        'use a flow (mode: users) to capture values, or a data column: {{ source.column }}',
      );
    }
    const feed = feeds.find((f) => f.name === head);
    if (!feed)
      throw new UsageError(
        `${where}: {{ ${name} }} reads data source "${head}", which is not under data:`,
        `declare it: data: { ${head}: { file: ${head}.csv } }`,
      );
    if (feed.order === 'unique') {
      throw new UsageError(
        `${where}: data source "${head}" has order: unique (one row per virtual user), and endpoints have no users`,
        'use order: sequential or random',
      );
    }
    // A request is never sent with a value missing: a column no row has is caught now.
    if (feed.rows.some((row) => row[column] === undefined))
      throw new UsageError(`${where}: {{ ${name} }}: not every row of data source "${head}" has a column "${column}"`);
    used.set(head!, feed);
  }
  const compile = (text: string): Render => {
    try {
      return compileTemplate(text);
    } catch (err) {
      throw new UsageError(`${where}: ${(err as Error).message}`);
    }
  };
  const path = compile(r.path);
  const headers = Object.entries(r.headers).map(([k, v]) => [k, compile(v)] as const);
  const body = r.body !== undefined ? compile(r.body) : undefined;
  const sources = [...used.values()];
  return (n) => {
    const scope = { vars: {}, rows: Object.fromEntries(sources.map((f) => [f.name, f.pick(1)])), vu: 1, iteration: n };
    const out: RenderedRequest = { path: path(scope), headers: Object.fromEntries(headers.map(([k, f]) => [k, f(scope)])) };
    if (body) out.body = body(scope);
    return out;
  };
}

/** One cycle of the mix: each endpoint appears `weight` times, spread out evenly. */
export function weightedSequence<T extends { weight: number }>(items: T[]): T[] {
  const total = items.reduce((s, i) => s + i.weight, 0);
  const current = items.map(() => 0);
  const out: T[] = [];
  for (let n = 0; n < total; n++) {
    let best = 0;
    items.forEach((item, i) => {
      current[i]! += item.weight;
      if (current[i]! > current[best]!) best = i;
    });
    current[best]! -= total;
    out.push(items[best]!);
  }
  return out;
}
