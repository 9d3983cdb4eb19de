// Weighted endpoints as a fixed, interleaved sequence (smooth weighted round-robin, as
// nginx balances upstreams). Each request is built once, so mixing endpoints costs the
// generator nothing per request.
import type { Endpoint } from './scenario.ts';

export interface PreparedRequest {
  name: string;
  method: Endpoint['method'];
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export function prepareRequest(e: Endpoint, common: Record<string, string>): PreparedRequest {
  const headers = { ...common, ...e.headers };
  let body: string | undefined;
  if (typeof e.body === 'string') body = e.body;
  else if (e.body !== undefined) {
    body = JSON.stringify(e.body);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  }
  return { name: e.name ?? `${e.method} ${e.path}`, method: e.method, path: e.path, headers, ...(body !== undefined ? { body } : {}) };
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
