// Which metrics each probe offers to gates, and their k6 metric type (which decides the
// aggregations a threshold may use). Names follow k6 where k6 has one, so a gate file can
// judge a shipgate ramp and an ingested k6 summary alike.
import type { ProbeName } from '../runner/result.ts';
import type { MetricType } from './threshold-parser.ts';
import { auditMetricTypes } from '../probes/audit/metrics.ts';

export const metricCatalog: Record<ProbeName, Record<string, MetricType>> = {
  load: {
    http_req_duration: 'trend',
    http_req_failed: 'rate',
    http_reqs: 'counter',
    /** The last good level of the ramp (the measured capacity). */
    breaking_point: 'gauge',
    /** Breaking point divided by the expected level. */
    headroom: 'gauge',
    /** Multiple of the current peak at which the first resource reaches its limit. */
    growth_multiple: 'gauge',
    /** Utilisation (0..1) at the current peak, from the growth projection. */
    cpu_utilization: 'gauge',
    memory_utilization: 'gauge',
    pool_utilization: 'gauge',
    /** How many of k6's own thresholds failed, in an ingested k6 summary. */
    k6_thresholds_failed: 'gauge',
  },
  migrate: {
    /** Whole migration set: projected to production rows when a projection was made. */
    migration_duration_ms: 'gauge',
    /** Longest ACCESS EXCLUSIVE hold on a large table (projected with the statement). */
    lock_access_exclusive_ms: 'gauge',
    /** Rewrites of large tables. */
    table_rewrites: 'counter',
    migrations_failed: 'counter',
    /** Latency of the --traffic workload while migrating. */
    traffic_query_duration: 'trend',
    traffic_lock_wait_ms: 'gauge',
  },
  // Web: a page metric may carry tags {device:desktop|mobile, url:<budget.json path pattern>,
  // type:<resource type>}; read over the matching pages' runs (med = Lighthouse's median run).
  web: {
    lcp: 'trend',
    fcp: 'trend',
    tbt: 'trend',
    cls: 'trend',
    speed_index: 'trend',
    tti: 'trend',
    /** Lighthouse 12 no longer reports it; kept so old budget.json files load (never measured). */
    fmp: 'trend',
    js_kb: 'trend',
    total_kb: 'trend',
    third_party_kb: 'trend',
    requests: 'trend',
    resource_kb: 'trend',
    resource_count: 'trend',
    /** A journey's custom metric (ms between two marks): journey.time_to_payment{journey:checkout}. */
    'journey.*': 'trend',
  },
  audit: auditMetricTypes,
};
