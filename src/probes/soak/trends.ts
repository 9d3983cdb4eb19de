// Which of a soak's series trend up. Each series (a resource, or p95 latency from the windows
// the generator kept up in) is reduced to its lower envelope (the minimum of each stretch
// of samples), so a sawtooth's peaks do not count, only its floor; then Theil–Sen gives the
// slope and Sen's interval, Mann–Kendall whether there is a trend at all. `growing` needs all
// three: a significant trend (p < 0.05), an interval above zero, and a rise over the soak
// that is more than noise (1% of where it started, and at least one unit: 1 MB, one file, 1 ms).
// The envelope has one point per two samples (6 to 30 points).
// Fewer than 12 samples is `insufficient`: too short to tell, never a pass.
import { lowerEnvelope, theilSen, type Point } from '../../lib/trend.ts';
import type { SoakSample, Trend } from './block.ts';

export const MIN_SAMPLES = 12;
const UNITS: Record<string, string> = {
  'target RSS': 'MB',
  'shipgate RSS': 'MB',
  'target open files': 'files',
  'target threads': 'threads',
  'database connections': 'connections',
};
const NOT_TRENDED = new Set(['target CPU %']);

export function soakTrends(samples: SoakSample[], limits: Record<string, number>): Record<string, Trend> {
  const names = [...new Set(samples.flatMap((s) => Object.keys(s.resources)))].filter((n) => !NOT_TRENDED.has(n));
  const out: Record<string, Trend> = {};
  for (const name of names) {
    const pts = samples.filter((s) => s.resources[name] !== undefined).map((s) => ({ x: s.t / 3600, y: s.resources[name]! }));
    out[name] = trendOf(pts, UNITS[name] ?? '', limits[name]);
  }
  const lat = samples.filter((s) => !s.untrusted && s.requests > 0 && s.latencyMs.p95 !== undefined).map((s) => ({ x: s.t / 3600, y: s.latencyMs.p95! }));
  out['p95 latency'] = trendOf(lat, 'ms', undefined);
  return out;
}

export function trendOf(pts: Point[], unit: string, limit: number | undefined): Trend {
  const empty = { slopePerHour: null, slopeLowPerHour: null, slopeHighPerHour: null, p: null, tau: null, first: null, last: null };
  if (pts.length < MIN_SAMPLES) {
    return {
      unit,
      verdict: 'insufficient',
      ...empty,
      why: `${pts.length} samples; a trend needs at least ${MIN_SAMPLES} (a longer --duration or a shorter --sample-interval)`,
    };
  }
  const buckets = Math.max(6, Math.min(30, Math.floor(pts.length / 2)));
  const env = lowerEnvelope(pts, buckets);
  const fit = theilSen(env);
  const x0 = pts[0]!.x;
  const x1 = pts[pts.length - 1]!.x;
  const first = fit.intercept + fit.slope * x0;
  const last = fit.intercept + fit.slope * x1;
  const rise = last - first;
  const floor = Math.max(0.01 * Math.abs(first), 1);
  const growing = fit.p < 0.05 && fit.slopeLow > 0 && rise > floor;
  const why = growing
    ? `rises ${round(rise)} ${unit} over the soak (p ${fmtP(fit.p)})`
    : fit.p >= 0.05
      ? `no significant trend in its floor (Mann–Kendall p ${fmtP(fit.p)})`
      : fit.slope <= 0
        ? 'its floor falls or holds'
        : fit.slopeLow <= 0
          ? `its slope's 95% interval reaches zero (${round(fit.slopeLow)} … ${round(fit.slopeHigh)} ${unit}/h)`
          : `its floor rises ${round(rise)} ${unit}, within noise (1% or one unit)`;
  const trend: Trend = {
    unit,
    verdict: growing ? 'growing' : 'flat',
    slopePerHour: round(fit.slope),
    slopeLowPerHour: round(fit.slopeLow),
    slopeHighPerHour: round(fit.slopeHigh),
    p: Number(fit.p.toPrecision(3)),
    tau: round(fit.tau),
    first: round(first),
    last: round(last),
    why,
  };
  if (limit !== undefined && Number.isFinite(limit)) {
    trend.limit = round(limit);
    trend.hoursToLimit = growing ? round(Math.max(0, (limit - last) / fit.slope)) : null;
  }
  return trend;
}

function fmtP(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
