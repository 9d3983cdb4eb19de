// A scenario's flow compiled for the runner: templates parsed once, every name checked before
// any load (a `{{ token }}` no step captures, a `{{ users.name }}` with no data source, are
// usage errors), captures as extractor functions. What one request costs at run time is
// string joins and, only where a step captures from the body, reading it.
import { UsageError } from '../../core/errors.ts';
import type { DataFeed } from './data-feed.ts';
import type { CaptureSpec, FlowStep, ThinkTime } from './flow-schema.ts';
import { requestPath } from './request-mix.ts';
import type { RampScenario } from './scenario.ts';
import { compileJson, compileTemplate, templateNames, type Render, type TemplateScope } from './template.ts';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Read only when a capture needs it. */
  body?: string;
}

export type Extract = (a: Answer) => string | undefined;

export interface CompiledStep {
  name: string;
  once: boolean;
  method: FlowStep['request']['method'];
  /** The request path (target's path + step path + query), for this user's scope. */
  path: Render;
  headers: [string, Render][];
  body?: (s: TemplateScope) => string;
  captures: [string, Extract][];
  needsBody: boolean;
  accepts(status: number): boolean;
  think?: ThinkTime;
}

export interface CompiledFlow {
  steps: CompiledStep[];
  thinkTime?: ThinkTime;
  feeds: DataFeed[];
}

export function compileFlow(s: RampScenario, target: string, feeds: DataFeed[]): CompiledFlow {
  const flow = s.flow ?? [];
  const captured = new Set(flow.flatMap((st) => Object.keys(st.capture)));
  const sources = new Set(feeds.map((f) => f.name));
  const steps = flow.map((st, i) => {
    const where = `flow[${i}] (${st.name})`;
    checkNames(st, where, captured, sources);
    try {
      return compileStep(st, s.headers, target);
    } catch (err) {
      throw new UsageError(`${where}: ${(err as Error).message}`);
    }
  });
  return { steps, feeds, ...(s.thinkTime ? { thinkTime: s.thinkTime } : {}) };
}

/** Every template in a step reads something that can exist. */
function checkNames(st: FlowStep, where: string, captured: Set<string>, sources: Set<string>): void {
  const r = st.request;
  const texts = [r.path, ...Object.values(r.headers), ...Object.values(r.query).map(String), r.body ?? '', ...jsonStrings(r.json)];
  for (const name of texts.flatMap(templateNames)) {
    if (name.startsWith('$')) continue;
    const [head, column] = name.split('.');
    if (column !== undefined && !sources.has(head!)) {
      throw new UsageError(
        `${where}: {{ ${name} }} reads data source "${head}", which is not under data:`,
        `declare it: data: { ${head}: { file: ${head}.csv } }`,
      );
    }
    if (column === undefined && !captured.has(head!)) {
      throw new UsageError(`${where}: {{ ${name} }} is never captured by any flow step`, `capture it, e.g. capture: { ${head}: { json: $.${head} } }`);
    }
  }
}

function jsonStrings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(jsonStrings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(jsonStrings);
  return [];
}

function compileStep(st: FlowStep, common: Record<string, string>, target: string): CompiledStep {
  const r = st.request;
  const path = compileTemplate(r.path);
  const query = Object.entries(r.query).map(([k, v]) => [k, compileTemplate(String(v))] as const);
  const headers: Record<string, string> = { ...common, ...r.headers };
  let body: ((s: TemplateScope) => string) | undefined;
  if (r.json !== undefined) {
    const json = compileJson(r.json);
    body = (s) => JSON.stringify(json(s));
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  } else if (r.body !== undefined) body = compileTemplate(r.body);
  const captures = Object.entries(st.capture).map(([name, spec]) => [name, extractor(spec)] as [string, Extract]);
  const expected = st.expect ? new Set([st.expect.status].flat()) : undefined;
  return {
    name: st.name,
    once: st.once,
    method: r.method,
    path: (s) => {
      const p = requestPath(target, path(s));
      if (!query.length) return p;
      const qs = new URLSearchParams(query.map(([k, f]) => [k, f(s)])).toString();
      return `${p}${p.includes('?') ? '&' : '?'}${qs}`;
    },
    headers: Object.entries(headers).map(([k, v]) => [k, compileTemplate(v)]),
    ...(body ? { body } : {}),
    captures,
    needsBody: Object.values(st.capture).some((c) => !('header' in c)),
    accepts: expected ? (status) => expected.has(status) : (status) => status >= 200 && status < 400,
    ...(st.think ? { think: st.think } : {}),
  };
}

function extractor(spec: CaptureSpec): Extract {
  if ('header' in spec) {
    const name = spec.header.toLowerCase();
    return (a) => {
      const v = a.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
  }
  if ('regex' in spec) {
    const re = new RegExp(spec.regex);
    return (a) => (a.body === undefined ? undefined : re.exec(a.body)?.[spec.group]);
  }
  const path = parseJsonPath(spec.json);
  return (a) => {
    if (a.body === undefined) return undefined;
    let v: unknown;
    try {
      v = JSON.parse(a.body);
    } catch {
      return undefined;
    }
    for (const key of path) {
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Record<string | number, unknown>)[key];
    }
    if (v === undefined || v === null) return undefined;
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
}

/** `$.a.b[0]['c-d']` → ['a', 'b', 0, 'c-d']: the subset of JSONPath a capture needs. */
export function parseJsonPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[['"]([^'"]+)['"]\]/y;
  re.lastIndex = 1;
  while (re.lastIndex < path.length) {
    const m = re.exec(path);
    if (!m) throw new UsageError(`JSON path ${path}: write $.field, $.list[0] or $['odd-name']`);
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3]!));
  }
  return out;
}

/** A virtual user's cookies: one origin, so names are enough (Max-Age=0 / an expired date deletes). */
export class CookieJar {
  private cookies = new Map<string, string>();

  store(setCookie: string | string[] | undefined): void {
    if (!setCookie) return;
    for (const line of [setCookie].flat()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const expired = attrs.some((a) => /^\s*max-age\s*=\s*(0|-\d+)\s*$/i.test(a) || (/^\s*expires\s*=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now()));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1).trim());
    }
  }

  header(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}
