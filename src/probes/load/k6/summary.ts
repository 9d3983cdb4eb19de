// k6 end-of-test summaries, in both shapes k6 writes, read into one form:
// - legacy `--summary-export`: flat stats per metric; a threshold's value is `true` when it
//   was CROSSED (failed) and `false` when it passed; a Rate metric carries `value` as its rate.
// - handleSummary data: `{type, contains, values}` per metric; a threshold is `{ok: bool}`.
// In both, a Rate metric's `passes` counts TRUE samples, so for http_req_failed `passes`
// is the number of failed requests.
import type { MetricType } from '../../../core/metric.ts';
import type { K6Threshold } from '../block.ts';

export type SummaryFormat = 'summary-export' | 'handle-summary';

export interface K6Metric {
  type: MetricType;
  /** Stats as k6 names them: avg, min, med, max, p(95), count, rate, passes, fails, value. */
  values: Record<string, number>;
}

export interface K6Summary {
  format: SummaryFormat;
  metrics: Record<string, K6Metric>;
  thresholds: K6Threshold[];
  /** handleSummary's state.testRunDurationMs. */
  testRunDurationMs?: number;
  /** The ramp plan a shipgate-exported script writes beside k6's data (see export-script.ts). */
  plan?: unknown;
}

export class SummaryShapeError extends Error {
  override name = 'SummaryShapeError';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads either summary shape; throws SummaryShapeError naming what is wrong. */
export function parseK6Summary(raw: unknown): K6Summary {
  if (!isObj(raw) || !isObj(raw.metrics)) {
    throw new SummaryShapeError('not a k6 summary: no "metrics" object at the top level');
  }
  const entries = Object.entries(raw.metrics);
  const handle = entries.some(([, m]) => isObj(m) && isObj(m.values) && typeof m.type === 'string');
  const format: SummaryFormat = handle ? 'handle-summary' : 'summary-export';
  const metrics: Record<string, K6Metric> = {};
  const thresholds: K6Threshold[] = [];
  for (const [name, m] of entries) {
    if (!isObj(m)) throw new SummaryShapeError(`metrics.${name}: expected an object`);
    const values = numbers(handle ? m.values : m);
    const type = handle ? metricType(m.type, name) : inferType(values, name);
    metrics[name] = { type, values };
    if (isObj(m.thresholds)) {
      for (const [expression, v] of Object.entries(m.thresholds)) {
        thresholds.push({ metric: name, expression, ok: thresholdOk(v, handle, `${name}.thresholds["${expression}"]`) });
      }
    }
  }
  const state = isObj(raw.state) ? raw.state : undefined;
  return {
    format,
    metrics,
    thresholds,
    ...(typeof state?.testRunDurationMs === 'number' ? { testRunDurationMs: state.testRunDurationMs } : {}),
    ...(raw.shipgate !== undefined ? { plan: raw.shipgate } : {}),
  };
}

function thresholdOk(v: unknown, handle: boolean, where: string): boolean {
  if (handle) {
    if (isObj(v) && typeof v.ok === 'boolean') return v.ok;
    throw new SummaryShapeError(`metrics.${where}: expected {"ok": true|false}`);
  }
  // Legacy export: the boolean says whether the threshold was crossed.
  if (typeof v === 'boolean') return !v;
  throw new SummaryShapeError(`metrics.${where}: expected true (crossed) or false (passed)`);
}

function numbers(o: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isObj(o)) return out;
  for (const [k, v] of Object.entries(o)) if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  return out;
}

function metricType(t: unknown, name: string): MetricType {
  if (t === 'trend' || t === 'rate' || t === 'counter' || t === 'gauge') return t;
  throw new SummaryShapeError(`metrics.${name}.type: "${String(t)}" is not a k6 metric type`);
}

/** The legacy export has no type field: the stats a metric carries say what it is. */
function inferType(v: Record<string, number>, name: string): MetricType {
  if ('passes' in v && 'fails' in v) return 'rate';
  if ('count' in v) return 'counter';
  if ('avg' in v || 'med' in v || Object.keys(v).some((k) => k.startsWith('p('))) return 'trend';
  if ('value' in v) return 'gauge';
  throw new SummaryShapeError(`metrics.${name}: cannot tell its k6 metric type from ${JSON.stringify(Object.keys(v))}`);
}

/** A Rate metric's rate: handleSummary has `rate`, the legacy export `value`. */
export function rateOf(m: K6Metric | undefined): number | undefined {
  if (!m) return undefined;
  if (m.values.rate !== undefined) return m.values.rate;
  if (m.values.value !== undefined) return m.values.value;
  const n = (m.values.passes ?? 0) + (m.values.fails ?? 0);
  return n > 0 ? (m.values.passes ?? 0) / n : undefined;
}
