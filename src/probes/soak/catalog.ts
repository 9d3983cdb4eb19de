// The soak metrics gates may read. A growth metric is the fitted slope when the trend is
// significant (`growing`), 0 when it is not (`flat`), and not measured when the soak was too
// short to tell (`insufficient`): never a pass for a fail-level gate.
import type { MetricInfo } from '../../core/probe.ts';

export const SOAK_CATALOG: Record<string, MetricInfo> = {
  memory_growth_mb_per_hour: { type: 'gauge', description: "the target's RSS growth (MB/h) when it trends up, else 0" },
  fd_growth_per_hour: { type: 'gauge', description: "the target's open files growth (per hour) when it trends up, else 0" },
  thread_growth_per_hour: { type: 'gauge', description: "the target's thread count growth (per hour) when it trends up, else 0" },
  latency_p95_drift_pct: { type: 'gauge', description: 'how much p95 latency rose over the soak (% of its start) when it trends up, else 0' },
  soak_error_rate: { type: 'rate', description: 'share of failed requests over the whole measured soak' },
  time_to_exhaustion_h: {
    type: 'gauge',
    description: 'hours until the first growing resource reaches its limit (memory 75% of the limit, ulimit -n, max_connections); no growth: unbounded',
  },
};
