// The load probe's result.json block: steps, breaking point, resources, USL, growth, and
// the k6 source when it was ingested from a k6 summary.
import { z } from 'zod';
import { ProbeStatus } from '../../core/result.ts';

// shipgate's own ramps always fill p50..max; a step ingested from a k6 summary has only the
// stats k6 was asked for (its default summaryTrendStats lack p99), and a missing one stays
// absent so a gate on it is "not-measured", never judged on a made-up number.
export const LatencyMs = z.object({
  p50: z.number().optional(),
  p90: z.number().optional(),
  p95: z.number().optional(),
  p99: z.number().optional(),
  max: z.number().optional(),
  min: z.number().optional(),
  mean: z.number().optional(),
  p999: z.number().optional(),
});
export type LatencyMs = z.infer<typeof LatencyMs>;

const Stat = z.object({ mean: z.number(), max: z.number() });
export const StepResources = z.object({
  samples: z.number().int(),
  /** The whole machine: CPU % of all cores, memory % used, 1-minute load average. */
  machine: z.object({ cpuPercent: Stat, memPercent: Stat, load1: Stat, cores: z.number(), memTotalMB: z.number() }),
  /** The load generator's own share of the machine's CPU (% of all cores). */
  generator: z.object({ cpuPercent: Stat }),
  /** The target process: CPU % of one core (as top shows it), RSS, open file descriptors. */
  target: z.object({ pid: z.number(), cpuPercent: Stat, rssMB: Stat, fds: Stat, fdLimit: z.number().optional() }).optional(),
  /** Gauges scraped from a Prometheus/OpenMetrics endpoint, with their limits when known. */
  gauges: z.record(z.string(), Stat.extend({ limit: z.number().optional(), unit: z.string().optional() })).optional(),
  /** PostgreSQL (read-only sampling): connections vs max_connections, lock waits, slow queries. */
  db: z
    .object({
      connections: Stat,
      maxConnections: z.number(),
      waiting: Stat,
      slowQueries: z.number().int(),
      topStatements: z.array(z.object({ query: z.string(), calls: z.number(), totalMs: z.number(), meanMs: z.number() })).optional(),
      note: z.string().optional(),
    })
    .optional(),
  /** Samplers that could not read (endpoint down, permission...). */
  errors: z.array(z.string()).optional(),
});

export type StepResources = z.infer<typeof StepResources>;

/** One request name's numbers in a step (flow step or endpoint name). */
export const NamedStats = z.object({
  requests: z.number().int(),
  rps: z.number(),
  errorRate: z.number(),
  errors: z.record(z.string(), z.number().int()),
  latencyMs: LatencyMs,
  histogram: z.string().optional(),
  /** A `once` step (a login) runs while users arrive: its numbers cover the warm-up too. */
  includesWarmup: z.boolean().optional(),
});
export type NamedStats = z.infer<typeof NamedStats>;

/** Virtual users' iterations (one pass through the flow) that ended in the window. */
export const IterationStats = z.object({
  completed: z.number().int(),
  failed: z.number().int(),
  /** Why iterations failed: "login: status 401", "login: capture token found nothing"... */
  failures: z.record(z.string(), z.number().int()),
  /** The whole flow, think time excluded (k6's iteration_duration without sleeps). */
  durationMs: LatencyMs,
});
export type IterationStats = z.infer<typeof IterationStats>;

export const LoadStep = z.object({
  level: z.number(),
  durationS: z.number(),
  requests: z.number().int(),
  rps: z.number(),
  latencyMs: LatencyMs,
  errorRate: z.number(),
  errors: z.record(z.string(), z.number().int()),
  /** Why this step ran: the planned ramp, a --refine bisection, or an added check level. */
  phase: z.enum(['ramp', 'refine', 'expect', 'headroom']).optional(),
  warmupS: z.number().optional(),
  /** Offered rate in rate mode (requests/s); the level itself. */
  offeredRps: z.number().optional(),
  /** Generator honesty: false when the numbers cannot be used to pass a gate. */
  trusted: z.boolean().optional(),
  untrustedReason: z.string().optional(),
  generator: z
    .object({
      eventLoopLagMsP99: z.number(),
      eventLoopLagMsMean: z.number(),
      /** The longest single event-loop stall of the step (absent in older results). */
      eventLoopLagMsMax: z.number().optional(),
      cpuPercent: z.number(),
      /** The generator's own mean delay before a request was written: against its intended
       * time (open models), or held back by a busy turn (closed model). Over 20 ms: untrusted. */
      sendLagMsMean: z.number().optional(),
      /** Threads that generated the step's load (1: the main thread; more: worker threads,
       * whose lag figures above are the worst thread's). Absent in older results. */
      workers: z.number().int().positive().optional(),
    })
    .optional(),
  /** Latency HDR histogram, compressed base64, so any percentile can be judged later. */
  histogram: z.string().optional(),
  breaks: z.array(z.string()).optional(),
  resources: StepResources.optional(),
  /** Per request name, in flow (or endpoint) order. */
  byName: z.record(z.string(), NamedStats).optional(),
  /** Virtual users (modes users and arrivals). */
  iterations: IterationStats.optional(),
  /** Mean virtual users running in the window. */
  users: z.number().optional(),
});
export type LoadStep = z.infer<typeof LoadStep>;

export const BreakingPoint = z.object({
  found: z.boolean(),
  lastGood: z.number().nullable(),
  firstBad: z.number().nullable(),
  reason: z.string(),
});
export type BreakingPoint = z.infer<typeof BreakingPoint>;

export const GrowthProjection = z.object({
  current: z.number(),
  factor: z.number(),
  resources: z.array(
    z.object({
      name: z.string(),
      unit: z.string(),
      limit: z.number(),
      atCurrent: z.number(),
      projected: z.number(),
      utilizationAtCurrent: z.number(),
      utilizationProjected: z.number(),
      breaksAtMultiple: z.number().nullable(),
      fit: z.object({ slope: z.number(), intercept: z.number(), r2: z.number(), points: z.number() }),
    }),
  ),
  firstToBreak: z.object({ name: z.string(), multiple: z.number() }).nullable(),
  note: z.string().optional(),
});
export const K6Threshold = z.object({
  /** As k6 names it, sub-metric included, e.g. "http_req_duration{step:100,phase:hold}". */
  metric: z.string(),
  expression: z.string(),
  ok: z.boolean(),
  /** Runner (k6-operator pod) whose summary judged it, when several were merged. */
  runner: z.number().int().optional(),
});
export type K6Threshold = z.infer<typeof K6Threshold>;

export const K6Source = z.object({
  format: z.enum(['summary-export', 'handle-summary']),
  files: z.array(z.string()),
  /** Summaries merged (one per k6-operator runner). */
  runners: z.number().int().positive(),
  /** "upper-bound" when several runners were merged: a percentile is the worst runner's. */
  percentiles: z.enum(['exact', 'upper-bound']),
  /** k6's own verdicts on its thresholds, as the summary recorded them. */
  thresholds: z.array(K6Threshold),
  notes: z.array(z.string()).optional(),
});
export type K6Source = z.infer<typeof K6Source>;

export const LoadProbe = z.object({
  ...ProbeStatus,
  mode: z.enum(['concurrency', 'rate', 'users', 'arrivals']),
  target: z.string(),
  scenario: z.string().optional(),
  criteria: z.object({ errorRate: z.number(), p99Ms: z.number() }).optional(),
  expectLevel: z.number().nullable().optional(),
  headroom: z.number().nullable().optional(),
  steps: z.array(LoadStep),
  breakingPoint: BreakingPoint,
  /** Resources projected to `factor` x the current peak (--current, --growth). */
  projection: GrowthProjection.optional(),
  /** Universal Scalability Law fit of throughput against concurrency (closed model). */
  usl: z
    .object({
      sigma: z.number().nullable(),
      kappa: z.number().nullable(),
      lambda: z.number().nullable(),
      r2: z.number().nullable(),
      /** null when unbounded (κ≈0) or not fitted; see note. */
      peakThroughput: z.number().nullable(),
      peakConcurrency: z.number().nullable(),
      quality: z.enum(['good', 'poor', 'insufficient']),
      note: z.string(),
    })
    .optional(),
  /** Set when the numbers came from a k6 end-of-test summary (`shipgate k6 ingest`). */
  k6: K6Source.optional(),
});
export type LoadProbe = z.infer<typeof LoadProbe>;
