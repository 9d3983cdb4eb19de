// The spike metrics gates may read.
import type { MetricInfo } from '../../core/probe.ts';

export const SPIKE_CATALOG: Record<string, MetricInfo> = {
  recovery_s: {
    type: 'gauge',
    description:
      'seconds from the end of the spike until p95 and errors are back in the pre-spike band for a sustained stretch (not recovered within --recover: unbounded, so any limit fails)',
  },
  spike_error_rate: { type: 'rate', description: 'share of failed requests among those due during the spike' },
  spike_p95_ms: { type: 'trend', description: 'latency of requests due during the spike (any percentile)' },
  survived: { type: 'gauge', description: '1 when the target still answered after the spike, else 0' },
};
