// Is a series trending up? A robust slope (Theil–Sen: the median of pairwise slopes, which a
// few outliers cannot move) with its confidence interval (Sen's, from the Mann–Kendall
// variance) and the Mann–Kendall test (is there a monotonic trend at all?), fitted on the
// series' lower envelope: the minimum of each stretch of samples, so a sawtooth (a cache that
// fills and flushes, a GC cycle) shows its floor, which stays flat, and a leak raises it.
import { errorFunction, probit } from 'simple-statistics';

export interface Point {
  x: number;
  y: number;
}

export interface TrendFit {
  /** Units of y per unit of x. */
  slope: number;
  intercept: number;
  /** 95% confidence interval of the slope (Sen). */
  slopeLow: number;
  slopeHigh: number;
  /** Mann–Kendall: S, z and the two-sided p-value; tau in [-1, 1]. */
  s: number;
  z: number;
  p: number;
  tau: number;
  n: number;
}

/** The minimum of each of `buckets` consecutive stretches of equal length in x. */
export function lowerEnvelope(points: Point[], buckets: number): Point[] {
  if (points.length === 0) return [];
  const x0 = points[0]!.x;
  const span = points[points.length - 1]!.x - x0;
  if (span <= 0 || buckets <= 1) return [points.reduce((a, b) => (b.y < a.y ? b : a))];
  const out: (Point | undefined)[] = new Array(buckets).fill(undefined);
  for (const p of points) {
    const i = Math.min(buckets - 1, Math.floor(((p.x - x0) / span) * buckets));
    const cur = out[i];
    if (!cur || p.y < cur.y) out[i] = p;
  }
  return out.filter((p): p is Point => p !== undefined);
}

/** Theil–Sen slope, Sen's 95% interval and the Mann–Kendall test. Needs at least 3 points. */
export function theilSen(points: Point[], confidence = 0.95): TrendFit {
  const n = points.length;
  if (n < 3) throw new Error('a trend needs at least 3 points');
  const slopes: number[] = [];
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = points[j]!.x - points[i]!.x;
      const dy = points[j]!.y - points[i]!.y;
      s += Math.sign(dy);
      if (dx !== 0) slopes.push(dy / dx);
    }
  }
  slopes.sort((a, b) => a - b);
  const slope = median(slopes);
  const intercept = median(points.map((p) => p.y - slope * p.x));
  // Mann–Kendall variance with the tie correction.
  const ties = new Map<number, number>();
  for (const p of points) ties.set(p.y, (ties.get(p.y) ?? 0) + 1);
  let tieTerm = 0;
  for (const t of ties.values()) tieTerm += t * (t - 1) * (2 * t + 5);
  const varS = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const z = varS > 0 ? (s > 0 ? (s - 1) / Math.sqrt(varS) : s < 0 ? (s + 1) / Math.sqrt(varS) : 0) : 0;
  const p = Math.min(1, 1 - errorFunction(Math.abs(z) / Math.SQRT2)); // two-sided: 2·(1 − Φ(|z|))
  // Sen's interval: the slopes ranked (N - C)/2 and (N + C)/2 + 1, C = z(1-α/2)·sqrt(var S).
  const c = probit(1 - (1 - confidence) / 2) * Math.sqrt(Math.max(0, varS));
  const lo = Math.max(0, Math.round((slopes.length - c) / 2) - 1);
  const hi = Math.min(slopes.length - 1, Math.round((slopes.length + c) / 2));
  return { slope, intercept, slopeLow: slopes[lo] ?? slope, slopeHigh: slopes[hi] ?? slope, s, z, p, tau: s / ((n * (n - 1)) / 2), n };
}

function median(xs: number[]): number {
  const sorted = isSorted(xs) ? xs : [...xs].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
}

function isSorted(xs: number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i]! < xs[i - 1]!) return false;
  return true;
}
