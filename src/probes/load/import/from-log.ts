// `shipgate scenario from-log`: an access log becomes a ramp scenario whose endpoint mix is
// the log's (weights are the observed shares) and whose steps are proposed around the log's
// peak rate (0.5x to 10x, open model, as production traffic arrives whatever the latency).
import { stringify } from 'yaml';
import { Endpoint } from '../scenario.ts';
import type { LogEntry } from './access-log.ts';
import { idColumns, routeName, routeShape, sourceName, templatePath } from './path-template.ts';

/** Routes beyond this many (the rarest) are left out, and their share said. */
export const MAX_ENDPOINTS = 100;
/** Distinct id rows kept per route's data file. */
export const MAX_ROWS = 10_000;
/** Integer weights on this scale when the exact counts would make too long a cycle. */
export const WEIGHT_SCALE = 1000;
export const STEP_FACTORS = [0.5, 1, 2, 5, 10];
const METHODS = new Set<string>(Endpoint.shape.method.unwrap().options);

export interface RouteStat {
  method: string;
  name: string;
  path: string;
  count: number;
  source?: string;
}

export interface LogRates {
  spanS: number;
  averageRps: number;
  peakRps: number;
  /** The window the peak was taken over: 1 s for a short log, 60 s for a long one. */
  peakWindowS: number;
}

export interface FromLog {
  /** The scenario, as a plain object (RampScenario input). */
  scenario: Record<string, unknown>;
  /** Data files to write beside the scenario: file name → CSV text. */
  dataFiles: Record<string, string>;
  routes: RouteStat[];
  total: number;
  rates?: LogRates;
  /** Share of requests on routes left out (beyond MAX_ENDPOINTS). */
  droppedShare: number;
  /** Requests left out for their method. */
  otherMethods: number;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Integer weights whose shares are the counts': exact (counts divided by their gcd) when that
 * cycle is short enough, else per-mille by largest remainder (every share within 0.1 point),
 * never below 1 so no route seen is dropped from the mix.
 */
export function weightsOf(counts: number[]): number[] {
  const g = counts.reduce(gcd, 0) || 1;
  const exact = counts.map((c) => c / g);
  if (exact.reduce((a, b) => a + b, 0) <= WEIGHT_SCALE) return exact;
  const total = counts.reduce((a, b) => a + b, 0);
  const raw = counts.map((c) => (c / total) * WEIGHT_SCALE);
  const w = raw.map(Math.floor);
  let left = WEIGHT_SCALE - w.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    w[i]!++;
  }
  return w.map((x) => Math.max(1, x));
}

/** Average over the log's span, peak over 1 s windows (60 s when the log spans an hour or more).
 * `perSecond`: requests per whole epoch second. */
export function logRates(perSecond: Map<number, number>): LogRates | undefined {
  let total = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const [sec, n] of perSecond) {
    total += n;
    if (sec < min) min = sec;
    if (sec > max) max = sec;
  }
  if (total < 2) return undefined;
  // A combined log has whole seconds: a span of N distinct seconds is N seconds long.
  const spanS = max - min + 1;
  const windowS = spanS >= 3600 ? 60 : 1;
  const windows = new Map<number, number>();
  for (const [sec, n] of perSecond) {
    const w = Math.floor((sec - min) / windowS);
    windows.set(w, (windows.get(w) ?? 0) + n);
  }
  const peak = Math.max(...windows.values()) / windowS;
  return { spanS, averageRps: total / spanS, peakRps: peak, peakWindowS: windowS };
}

interface Route {
  method: string;
  segments: (string | null)[];
  count: number;
  key: string;
  rows: Map<string, string[]>;
}

/** What a log holds, tallied one request at a time (a log is streamed, never held whole). */
export class LogTally {
  readonly routes = new Map<string, Route>();
  readonly perSecond = new Map<number, number>();
  total = 0;
  /** Requests with a method an endpoint cannot send (CONNECT, PROPFIND...): counted, left out. */
  otherMethods = 0;

  add(e: LogEntry): void {
    if (!METHODS.has(e.method)) {
      this.otherMethods++;
      return;
    }
    const shape = routeShape(e.path);
    const id = `${e.method} ${shape.key}`;
    let r = this.routes.get(id);
    if (!r) this.routes.set(id, (r = { method: e.method, segments: shape.segments, count: 0, key: shape.key, rows: new Map() }));
    r.count++;
    if (shape.ids.length && r.rows.size < MAX_ROWS) r.rows.set(shape.ids.join('\0'), shape.ids);
    if (e.timeMs !== undefined) {
      const sec = Math.floor(e.timeMs / 1000);
      this.perSecond.set(sec, (this.perSecond.get(sec) ?? 0) + 1);
    }
    this.total++;
  }
}

export function proposedSteps(peakRps: number): number[] {
  return [...new Set(STEP_FACTORS.map((f) => Math.max(1, Math.round(peakRps * f))))];
}

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

export interface FromLogOptions {
  /** Where the log came from, for the scenario's comment and name. */
  source: string;
  /** Data file names are `<stem>.<source>.csv`, beside the scenario. */
  stem: string;
}

export function scenarioFromLog(input: LogTally | Iterable<LogEntry>, o: FromLogOptions): FromLog {
  let tally: LogTally;
  if (input instanceof LogTally) tally = input;
  else {
    tally = new LogTally();
    for (const e of input) tally.add(e);
  }
  const { routes, total } = tally;
  const sorted = [...routes.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const kept = sorted.slice(0, MAX_ENDPOINTS);
  const droppedShare = total ? sorted.slice(MAX_ENDPOINTS).reduce((a, r) => a + r.count, 0) / total : 0;

  // One data source per path shape (GET and DELETE of /users/{} share the ids seen).
  const sources = new Map<string, { name: string; columns: string[]; rows: Map<string, string[]> }>();
  const taken = new Set<string>();
  for (const r of kept) {
    if (!r.rows.size) continue;
    const s = sources.get(r.key);
    if (s) {
      for (const [k, v] of r.rows) if (s.rows.size < MAX_ROWS) s.rows.set(k, v);
      continue;
    }
    // Two shapes under one segment (/users/{} and /users/{}/avatar): the second is named by its tail.
    const first = sourceName(r.segments);
    const tail = r.segments
      .filter((x): x is string => !!x)
      .at(-1)
      ?.replace(/\W+/g, '_');
    let name = taken.has(first) && tail ? first.replace(/_id$/, `_${tail}_id`) : first;
    for (let n = 2; taken.has(name); n++) name = `${first}${n}`;
    taken.add(name);
    sources.set(r.key, { name, columns: idColumns(r.segments.filter((x) => x === null).length), rows: new Map(r.rows) });
  }

  const weights = weightsOf(kept.map((r) => r.count));
  const stats: RouteStat[] = [];
  const endpoints = kept.map((r, i) => {
    const src = sources.get(r.key);
    const name = routeName(r.method, r.segments);
    const path = src ? templatePath(r.segments, src.name) : `/${r.segments.join('/')}`;
    stats.push({ method: r.method, name, path, count: r.count, ...(src ? { source: src.name } : {}) });
    return { name, method: r.method, path, weight: weights[i]! };
  });
  const dataFiles: Record<string, string> = {};
  const data: Record<string, { file: string; order: 'random' }> = {};
  for (const s of sources.values()) {
    const file = `${o.stem}.${s.name}.csv`;
    dataFiles[file] = [s.columns.join(','), ...[...s.rows.values()].map((row) => row.map(csvCell).join(','))].join('\n') + '\n';
    data[s.name] = { file, order: 'random' };
  }
  const rates = logRates(tally.perSecond);
  const peak = rates ? Math.max(1, Math.round(rates.peakRps)) : undefined;
  const scenario: Record<string, unknown> = {
    name: o.stem,
    mode: 'rate',
    ...(peak !== undefined ? { steps: proposedSteps(rates!.peakRps), expect: peak } : {}),
    stepDuration: '60s',
    warmup: '10s',
    endpoints,
    ...(Object.keys(data).length ? { data } : {}),
  };
  return { scenario, dataFiles, routes: stats, total, ...(rates ? { rates } : {}), droppedShare, otherMethods: tally.otherMethods };
}

/** A share as a percentage with one decimal (the from-log table compares shares to 0.1 point). */
export function share(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** The scenario as YAML, with what it was made from in a comment at the top. */
export function scenarioYaml(f: FromLog, source: string, skipped: number): string {
  const head = [
    `Generated by \`shipgate scenario from-log\` from ${source}: ${f.total} requests${skipped ? ` (${skipped} lines not read)` : ''}, ${f.routes.length} endpoints.`,
    f.rates
      ? `Rates: ${f.rates.averageRps.toFixed(1)}/s on average over ${f.rates.spanS} s, peak ${f.rates.peakRps.toFixed(1)}/s (over ${f.rates.peakWindowS} s); steps are the peak x ${STEP_FACTORS.join(', ')}.`
      : 'The log has no times: set steps yourself (requests/second).',
    ...(f.droppedShare ? [`Left out: the rarest routes beyond ${MAX_ENDPOINTS}, ${share(f.droppedShare)} of requests.`] : []),
    ...(f.otherMethods ? [`Left out: ${f.otherMethods} requests with a method an endpoint cannot send (not ${[...METHODS].join(', ')}).`] : []),
    'Weights are the shares of requests; bodies and headers are not in an access log: add them where an endpoint needs them.',
  ];
  const doc = stringify(f.scenario, { lineWidth: 0 });
  return `${head.map((l) => `# ${l}`).join('\n')}\n${doc}`;
}
