// k6's own threshold verdicts, recorded by `shipgate k6 ingest`, as one gateable metric:
// how many of them failed. A run with no k6 block has not measured it.
import type { LoadProbe } from './block.ts';
import type { MetricLookup } from '../../core/metric.ts';

export const K6_THRESHOLDS_FAILED = 'k6_thresholds_failed';

export function withK6Metrics(lookup: MetricLookup, probe: LoadProbe): MetricLookup {
  return (name) => {
    if (name !== K6_THRESHOLDS_FAILED) return lookup(name);
    const k6 = probe.k6;
    if (!k6) return { missing: 'no k6 summary was ingested' };
    const failed = k6.thresholds.filter((t) => !t.ok);
    const list = failed.map((t) => `${t.metric} ${t.expression}${t.runner ? ` (runner ${t.runner})` : ''}`).join('; ');
    return {
      type: 'gauge',
      trusted: true,
      at: failed.length ? `k6 failed: ${list}` : `k6: all ${k6.thresholds.length} thresholds ok`,
      read: (a) => (a.kind === 'value' ? failed.length : undefined),
    };
  };
}
