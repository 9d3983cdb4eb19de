// The spike's metrics as gates read them.
import type { MetricLookup } from '../../core/metric.ts';
import { type SpikeProbe, spikeUnit } from './block.ts';

export function spikeMetricLookup(b: SpikeProbe): MetricLookup {
  const trust = b.trusted === false ? { trusted: false, untrustedReason: b.untrustedReason ?? 'untrusted' } : { trusted: true };
  const spike = b.phases.find((p) => p.name === 'spike');
  return (metric) => {
    if (!b.timeline.length) return { missing: 'no spike was measured' };
    switch (metric) {
      case 'recovery_s': {
        if (!b.band) return { missing: b.noBand ?? 'no band to recover to' };
        // Not recovered within the window: unbounded, so any limit fails (fail closed: give
        // --recover longer than the gate's limit to see a later recovery).
        const v = b.recoveryS ?? Number.POSITIVE_INFINITY;
        const at =
          b.recoveryS === null
            ? `not recovered within ${b.recoverS} s`
            : `back in the band (p95 ≤ ${b.band.p95Ms} ms, errors ≤ ${(b.band.errorRate * 100).toFixed(1)}%)`;
        return { type: 'gauge', ...trust, at, read: (a) => (a.kind === 'value' ? v : undefined) };
      }
      case 'spike_error_rate':
        if (!spike?.requests) return { missing: 'no request was due during the spike' };
        return {
          type: 'rate',
          ...trust,
          at: `${spike.requests} requests at ${b.peak} ${spikeUnit(b.mode)}`,
          read: (a) => (a.kind === 'rate' ? spike.errorRate : undefined),
        };
      case 'spike_p95_ms':
        if (!spike?.requests) return { missing: 'no request was due during the spike' };
        return {
          type: 'trend',
          ...trust,
          at: `during the spike`,
          read: (a) =>
            a.kind === 'percentile' && a.p === 95
              ? spike.latencyMs.p95
              : a.kind === 'percentile' && a.p === 99
                ? spike.latencyMs.p99
                : a.kind === 'med'
                  ? spike.latencyMs.p50
                  : a.kind === 'max'
                    ? spike.latencyMs.max
                    : undefined,
        };
      case 'survived':
        return b.survived === undefined
          ? { missing: 'reachability after the spike was not checked' }
          : { type: 'gauge', trusted: true, at: 'an unloaded request after the spike', read: (a) => (a.kind === 'value' ? (b.survived ? 1 : 0) : undefined) };
      default:
        return { missing: `unknown spike metric ${metric}` };
    }
  };
}
