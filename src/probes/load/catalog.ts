// The load metrics gates may read. Names follow k6 where k6 has one, so one gate file judges
// a shipgate ramp and an ingested k6 summary alike.
import type { MetricInfo } from '../../core/probe.ts';

export const LOAD_CATALOG: Record<string, MetricInfo> = {
  http_req_duration: { type: 'trend', description: 'request latency (ms) at the level gates are judged at (--expect, else the first step)', tags: 'name' },
  http_req_failed: {
    type: 'rate',
    description: "share of failed requests (a status ≥ 400 or not in a flow step's expect, or no answer) at that level",
    tags: 'name',
  },
  http_reqs: { type: 'counter', description: 'requests at that level: count, or rate (req/s)', tags: 'name' },
  iteration_duration: { type: 'trend', description: "virtual users: one pass through the flow (ms), think time excluded, like k6's" },
  iteration_failed: { type: 'rate', description: 'virtual users: share of iterations that failed (a request failed or a capture found nothing)' },
  breaking_point: { type: 'gauge', description: 'the last good level of the ramp (the measured capacity)' },
  headroom: { type: 'gauge', description: 'breaking point divided by the expected level' },
  growth_multiple: { type: 'gauge', description: 'multiple of the current peak at which the first resource reaches its limit' },
  cpu_utilization: { type: 'gauge', description: 'CPU use (0..1) at the current peak, from the growth projection' },
  memory_utilization: { type: 'gauge', description: 'memory use (0..1) at the current peak' },
  pool_utilization: { type: 'gauge', description: 'database connections or pool in use (0..1) at the current peak' },
  k6_thresholds_failed: { type: 'gauge', description: "how many of k6's own thresholds failed, in an ingested k6 summary" },
};
