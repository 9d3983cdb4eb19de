// Threshold expressions in k6's grammar, exactly (grafana/k6 metrics/thresholds_parser.go):
//
//   assertion          -> aggregation_method whitespace* operator whitespace* float
//   aggregation_method -> trend | rate | gauge | counter
//   counter            -> "count" | "rate"
//   gauge              -> "value"
//   rate               -> "rate"
//   trend              -> "avg" | "min" | "max" | "med" | percentile
//   percentile         -> "p(" float ")"
//   operator           -> ">" | ">=" | "<=" | "<" | "==" | "===" | "!="
//   float              -> "-"? digit+ ("." digit+)?
//
// Three separate steps, as k6 does it: parse (text -> Threshold), validate (against the
// metric's type), evaluate (against a measured value).

/** k6's metric types: they decide which aggregations a threshold may use on a metric. */
export type MetricType = 'trend' | 'rate' | 'counter' | 'gauge';

export type Aggregation = { kind: 'avg' | 'min' | 'max' | 'med' | 'rate' | 'count' | 'value' } | { kind: 'percentile'; p: number };

export type Operator = '>' | '>=' | '<=' | '<' | '==' | '===' | '!=';

export interface Threshold {
  source: string;
  aggregation: Aggregation;
  operator: Operator;
  value: number;
}

export class ThresholdSyntaxError extends Error {
  override name = 'ThresholdSyntaxError';
}

const PLAIN = ['avg', 'min', 'max', 'med', 'rate', 'count', 'value'] as const;
// Longest operators first so ">=" is not read as ">" followed by "=".
const OPERATORS: Operator[] = ['===', '==', '!=', '>=', '<=', '>', '<'];
const FLOAT = /^-?\d+(\.\d+)?$/;

export function parseThreshold(source: string): Threshold {
  const text = source.trim();
  const opMatch = findOperator(text);
  if (!opMatch) {
    throw new ThresholdSyntaxError(`"${source}": no operator; expected one of ${OPERATORS.join(' ')} as in "p(95)<500"`);
  }
  const left = text.slice(0, opMatch.index).trim();
  const right = text.slice(opMatch.index + opMatch.op.length).trim();
  const aggregation = parseAggregation(left, source);
  if (!FLOAT.test(right)) {
    throw new ThresholdSyntaxError(`"${source}": "${right}" is not a number`);
  }
  return { source, aggregation, operator: opMatch.op, value: Number(right) };
}

function findOperator(text: string): { index: number; op: Operator } | undefined {
  for (let i = 0; i < text.length; i++) {
    for (const op of OPERATORS) {
      if (text.startsWith(op, i)) return { index: i, op };
    }
  }
  return undefined;
}

function parseAggregation(left: string, source: string): Aggregation {
  if ((PLAIN as readonly string[]).includes(left)) {
    return { kind: left as (typeof PLAIN)[number] };
  }
  const pct = /^p\((.*)\)$/.exec(left);
  if (pct) {
    const n = pct[1]!.trim();
    if (!FLOAT.test(n) || Number(n) < 0 || Number(n) > 100) {
      throw new ThresholdSyntaxError(`"${source}": percentile "${n}" must be a number from 0 to 100`);
    }
    return { kind: 'percentile', p: Number(n) };
  }
  throw new ThresholdSyntaxError(`"${source}": unknown aggregation "${left}"${suggest(left)}`);
}

function suggest(left: string): string {
  const m = /^p\s*\(?\s*(\d+(?:\.\d+)?)\s*\)?$/i.exec(left);
  if (m) return `; did you mean "p(${m[1]})"?`;
  const lower = left.toLowerCase();
  const aliases: Record<string, string> = { median: 'med', mean: 'avg', average: 'avg', maximum: 'max', minimum: 'min' };
  if (aliases[lower]) return `; did you mean "${aliases[lower]}"?`;
  if ((PLAIN as readonly string[]).includes(lower)) return `; did you mean "${lower}"?`;
  return `; expected one of ${PLAIN.join(', ')} or p(N)`;
}

const ALLOWED: Record<MetricType, ReadonlyArray<Aggregation['kind']>> = {
  trend: ['avg', 'min', 'max', 'med', 'percentile'],
  rate: ['rate'],
  counter: ['count', 'rate'],
  gauge: ['value'],
};

/** Step two: is this aggregation defined for this metric's type? */
export function validateThreshold(t: Threshold, metricType: MetricType, metricName: string): void {
  if (!ALLOWED[metricType].includes(t.aggregation.kind)) {
    const allowed = ALLOWED[metricType].map((k) => (k === 'percentile' ? 'p(N)' : k)).join(', ');
    throw new ThresholdSyntaxError(
      `"${t.source}": ${aggregationName(t.aggregation)} is not defined for ${metricName} (a ${metricType} metric); use ${allowed}`,
    );
  }
}

export function aggregationName(a: Aggregation): string {
  return a.kind === 'percentile' ? `p(${a.p})` : a.kind;
}

/** Step three: does the measured value satisfy the threshold? */
export function evaluateThreshold(t: Threshold, actual: number): boolean {
  switch (t.operator) {
    case '<':
      return actual < t.value;
    case '<=':
      return actual <= t.value;
    case '>':
      return actual > t.value;
    case '>=':
      return actual >= t.value;
    case '==':
    case '===':
      return actual === t.value;
    case '!=':
      return actual !== t.value;
  }
}
