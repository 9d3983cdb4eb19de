// `shipgate scenario from-har`: a browser recording becomes a flow (mode users). The page's API
// calls in the order the browser made them; static assets and other origins left out; the
// gaps between calls as think times; and every value the server handed out (a JSON value or a
// header of one answer) that a later request sends back (header, query, JSON body, path)
// becomes a capture on the answer and a `{{ var }}` in the request, as k6's and JMeter's
// recorders correlate. Values the browser sent first (a user name) are not server values.
import { stringify } from 'yaml';
import { endMs, type Har, type HarEntry, mainOrigin, responseText, type Skip, skipReason, startMs } from './har.ts';

/** Request headers a browser adds on its own; the load generator sets what it needs. */
const BROWSER_HEADERS =
  /^(host|connection|content-length|accept|accept-encoding|accept-language|user-agent|origin|referer|cookie|pragma|cache-control|priority|te|upgrade-insecure-requests|dnt|sec-.*|if-none-match|if-modified-since|keep-alive|:.*)$/i;
/** Response headers that are never a token. */
const PLAIN_RESPONSE_HEADERS =
  /^(date|server|content-type|content-length|content-encoding|connection|keep-alive|vary|cache-control|expires|last-modified|etag|age|transfer-encoding|access-control-.*|strict-transport-security|x-content-type-options|x-frame-options|referrer-policy|content-security-policy|set-cookie)$/i;
/** A server value shorter than this is too likely to match by chance (an id 3, "alice"). */
const MIN_TOKEN = 8;
const LOGIN_PATH = /log-?in|log-?on|sign-?in|auth|token|session|oauth|csrf/i;
export const THINK_ROUND_MS = 100;

export type Capture = { json: string } | { header: string };

export interface FlowStepOut {
  name: string;
  once?: boolean;
  request: { method: string; path: string; headers?: Record<string, string>; query?: Record<string, string>; json?: unknown; body?: string };
  capture?: Record<string, Capture>;
  expect: { status: number };
  think?: string;
}

export interface FromHar {
  scenario: Record<string, unknown>;
  origin: string;
  steps: FlowStepOut[];
  /** Entries left out, by why. */
  skipped: Partial<Record<Skip, number>>;
  /** Correlated values: variable, where it is captured, how many requests use it. */
  correlations: { variable: string; from: string; capture: Capture; uses: number }[];
}

interface Known {
  variable: string;
  /** Index of the producing step. */
  producer: number;
  capture: Capture;
}

/** `$.a.b[0]` in the subset flows read (parseJsonPath in flow.ts). */
function jsonPath(path: (string | number)[]): string {
  return `$${path.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$-]*$/.test(k) ? `.${k}` : `['${k}']`)).join('')}`;
}

function leaves(v: unknown, path: (string | number)[] = [], out: [(string | number)[], string][] = []): [(string | number)[], string][] {
  if (typeof v === 'string') out.push([path, v]);
  else if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) leaves(x, [...path, i], out);
  } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) leaves(x, [...path, k], out);
  return out;
}

function stepName(method: string, path: string, taken: Set<string>): string {
  const segs = path
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/[^\w.-]+/g, '_'));
  const base = [method.toLowerCase(), ...segs].join('-').slice(0, 60) || 'request';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

function thinkOf(ms: number): string | undefined {
  const r = Math.round(ms / THINK_ROUND_MS) * THINK_ROUND_MS;
  if (r <= 0) return undefined;
  return r < 1000 ? `${r}ms` : `${r / 1000}s`;
}

export function flowFromHar(har: Har, stem: string): FromHar {
  const entries = [...har.log.entries].sort((a, b) => startMs(a) - startMs(b));
  const origin = mainOrigin(entries) ?? 'http://localhost';
  const skipped: Partial<Record<Skip, number>> = {};
  const kept: HarEntry[] = [];
  for (const e of entries) {
    const why = skipReason(e, origin);
    if (why) skipped[why] = (skipped[why] ?? 0) + 1;
    else kept.push(e);
  }

  const known = new Map<string, Known>(); // server value → its variable
  const sentByClient = new Set<string>(); // values the browser sent before the server did
  const variables = new Map<string, string>(); // variable → value
  const uses = new Map<string, number>(); // `${producer}\0${variable}` → requests using it
  const names = new Set<string>();
  const steps: FlowStepOut[] = [];

  const substitute = (text: string): string => {
    let out = text;
    // Longest first: a token that contains another is replaced whole.
    for (const [value, k] of [...known].sort((a, b) => b[0].length - a[0].length)) {
      if (!out.includes(value)) continue;
      out = out.split(value).join(`{{ ${k.variable} }}`);
      const key = `${k.producer}\0${k.variable}`;
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
    return out;
  };
  const deep = (v: unknown): unknown => {
    if (typeof v === 'string') return substitute(v);
    if (Array.isArray(v)) return v.map(deep);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x)]));
    return v;
  };
  const variableFor = (hint: string, value: string): string => {
    const base =
      hint
        .replace(/\W+/g, '_')
        .replace(/^_+|_+$/g, '')
        .toLowerCase() || 'value';
    const stem = /^\d/.test(base) ? `v_${base}` : base;
    let name = stem;
    for (let n = 2; variables.has(name) && variables.get(name) !== value; n++) name = `${stem}${n}`;
    variables.set(name, value);
    return name;
  };

  kept.forEach((e, i) => {
    const url = new URL(e.request.url);
    const r = e.request;
    // What the browser sends before any answer names it is the user's, not the server's.
    const clientTexts = [url.pathname, ...r.queryString.map((q) => q.value), ...r.headers.map((h) => h.value), r.postData?.text ?? ''];
    const request: FlowStepOut['request'] = { method: r.method.toUpperCase(), path: substitute(url.pathname) };
    const headers: Record<string, string> = {};
    const json = r.postData?.text !== undefined && /json/i.test(r.postData.mimeType) ? tryJson(r.postData.text) : undefined;
    for (const h of r.headers) {
      if (BROWSER_HEADERS.test(h.name)) continue;
      if (/^content-type$/i.test(h.name) && json !== undefined) continue; // set for JSON bodies
      headers[h.name.toLowerCase()] = substitute(h.value);
    }
    if (Object.keys(headers).length) request.headers = headers;
    if (r.queryString.length) request.query = Object.fromEntries(r.queryString.map((q) => [q.name, substitute(q.value)]));
    if (json !== undefined) request.json = deep(json);
    else if (r.postData?.text) request.body = substitute(r.postData.text);
    for (const t of clientTexts) for (const v of t.split(/[\s,;=&"]+/)) if (v.length >= MIN_TOKEN && !known.has(v)) sentByClient.add(v);

    const step: FlowStepOut = {
      name: stepName(request.method, request.path.replace(/\{\{\s*(\w+)\s*\}\}/g, '$1'), names),
      request,
      expect: { status: e.response.status },
    };
    const next = kept[i + 1];
    const think = next ? thinkOf(startMs(next) - endMs(e)) : undefined;
    if (think) step.think = think;
    steps.push(step);

    // Values this answer hands out, for later requests.
    const offer = (value: string, hint: string, capture: Capture) => {
      if (value.length < MIN_TOKEN || /\s/.test(value) || sentByClient.has(value)) return;
      known.set(value, { variable: variableFor(hint, value), producer: i, capture });
    };
    const body = /json/i.test(e.response.content.mimeType) ? tryJson(responseText(e) ?? '') : undefined;
    if (body !== undefined) {
      for (const [path, value] of leaves(body)) {
        const hint = [...path].reverse().find((k): k is string => typeof k === 'string') ?? 'value';
        offer(value, hint, { json: jsonPath(path) });
      }
    }
    for (const h of e.response.headers) if (!PLAIN_RESPONSE_HEADERS.test(h.name)) offer(h.value, h.name, { header: h.name.toLowerCase() });
  });

  // Captures on the answers whose values were used; a login-like step (and what led to it) runs once per user.
  const correlations: FromHar['correlations'] = [];
  for (const [value, k] of known) {
    const n = uses.get(`${k.producer}\0${k.variable}`) ?? 0;
    if (!n) continue;
    const st = steps[k.producer]!;
    (st.capture ??= {})[k.variable] = k.capture;
    correlations.push({ variable: k.variable, from: st.name, capture: k.capture, uses: n });
    void value;
  }
  let lastLogin = -1;
  steps.forEach((st, i) => {
    if (st.capture && LOGIN_PATH.test(st.request.path)) lastLogin = i;
  });
  if (lastLogin >= 0 && lastLogin < steps.length - 1) for (let i = 0; i <= lastLogin; i++) steps[i]!.once = true;

  const scenario: Record<string, unknown> = {
    name: stem,
    mode: 'users',
    steps: [10, 50, 100],
    stepDuration: '60s',
    warmup: '10s',
    flow: steps.map(ordered),
  };
  return { scenario, origin, steps, skipped, correlations };
}

/** Keys in reading order: name, once, request, capture, expect, think. */
function ordered(st: FlowStepOut): FlowStepOut {
  const { name, once, request, capture, expect, think } = st;
  return { name, ...(once ? { once } : {}), request, ...(capture ? { capture } : {}), expect, ...(think ? { think } : {}) };
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function harScenarioYaml(f: FromHar, source: string): string {
  const left = Object.entries(f.skipped)
    .map(([why, n]) => `${n} ${why}`)
    .join(', ');
  const head = [
    `Generated by \`shipgate scenario from-har\` from ${source}, recorded against ${f.origin}: ${f.steps.length} API calls${left ? ` (left out: ${left})` : ''}.`,
    ...f.correlations.map(
      (c) =>
        `{{ ${c.variable} }}: captured from ${c.from} (${'json' in c.capture ? c.capture.json : `header ${c.capture.header}`}), sent by ${c.uses} later request(s).`,
    ),
    `Think times are the gaps in the recording, rounded to ${THINK_ROUND_MS} ms. Run it with --target ${f.origin} (or wherever the app runs).`,
  ];
  return `${head.map((l) => `# ${l}`).join('\n')}\n${stringify(f.scenario, { lineWidth: 0 })}`;
}
