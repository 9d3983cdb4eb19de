// The soak's metrics as gates read them. A growth is the slope when `growing`, 0 when `flat`,
// and missing when `insufficient` (or not sampled): a fail-level gate on it is then an error.
import type { MetricLookup, MetricValue } from '../../core/metric.ts';
import type { SoakProbe, Trend } from './block.ts';

const GROWTH: Record<string, string> = {
  memory_growth_mb_per_hour: 'target RSS',
  fd_growth_per_hour: 'target open files',
  thread_growth_per_hour: 'target threads',
};

export function soakMetricLookup(b: SoakProbe): MetricLookup {
  const trust = b.trusted === false ? { trusted: false, untrustedReason: b.untrustedReason ?? 'untrusted' } : { trusted: true };
  const gauge = (v: number, at: string): MetricValue => ({ type: 'gauge', ...trust, at, read: (a) => (a.kind === 'value' ? v : undefined) });
  const fromTrend = (name: string, t: Trend | undefined, value: (t: Trend) => number): MetricValue | { missing: string } => {
    if (!t) return { missing: `${name} was not sampled (give --target-pid, or --target-cmd so shipgate starts the target)` };
    if (t.verdict === 'insufficient') return { missing: `${name}: insufficient: ${t.why}` };
    return gauge(value(t), `${name} ${t.verdict} (${t.why})`);
  };
  return (metric) => {
    if (!b.samples.length) return { missing: 'no soak window was measured' };
    const res = GROWTH[metric];
    if (res) return fromTrend(res, b.trends[res], (t) => (t.verdict === 'growing' ? t.slopePerHour! : 0));
    if (metric === 'latency_p95_drift_pct') {
      return fromTrend('p95 latency', b.trends['p95 latency'], (t) =>
        t.verdict === 'growing' && t.first ? Math.round(((t.last! - t.first) / t.first) * 1000) / 10 : 0,
      );
    }
    if (metric === 'soak_error_rate') {
      const t = b.totals;
      if (!t || t.requests === 0) return { missing: 'no request completed in the soak' };
      return { type: 'rate', ...trust, at: `${t.requests} requests`, read: (a) => (a.kind === 'rate' ? t.errorRate : undefined) };
    }
    if (metric === 'time_to_exhaustion_h') {
      const limited = Object.entries(b.trends).filter(([, t]) => t.limit !== undefined);
      if (!limited.length) return { missing: 'no sampled resource has a known limit (sample the target: --target-pid or --target-cmd)' };
      const unsure = limited.find(([, t]) => t.verdict === 'insufficient');
      if (unsure) return { missing: `${unsure[0]}: insufficient: ${unsure[1].why}` };
      const growing = limited.filter(([, t]) => t.verdict === 'growing').sort((x, y) => (x[1].hoursToLimit ?? 0) - (y[1].hoursToLimit ?? 0));
      if (!growing.length) return gauge(Number.POSITIVE_INFINITY, `no resource with a limit grows (${limited.map(([n]) => n).join(', ')})`);
      const [name, t] = growing[0]!;
      return gauge(t.hoursToLimit ?? 0, `${name} reaches ${t.limit} ${t.unit} first`);
    }
    return { missing: `unknown soak metric ${metric}` };
  };
}
