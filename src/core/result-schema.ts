// The result.json contract (PRODUCT.md). Versioned: fields may be added, never renamed.
// Every probe's block is optional (a probe that did not run is absent); a probe that ran
// and could not measure carries status "error" and a message.
import { z } from 'zod';
import { WebProbe } from './result-schema-web.ts';

export { WebProbe };

export const SCHEMA_VERSION = 1 as const;

export const Verdict = z.enum(['pass', 'warn', 'fail', 'error']);
export type Verdict = z.infer<typeof Verdict>;

export const GateOutcome = z.enum(['pass', 'warn', 'fail', 'error', 'not-measured']);
export type GateOutcome = z.infer<typeof GateOutcome>;

export const GateLevel = z.enum(['warn', 'fail']);
export type GateLevel = z.infer<typeof GateLevel>;

export const ProbeName = z.enum(['load', 'migrate', 'web', 'audit']);
export type ProbeName = z.infer<typeof ProbeName>;

export const SourceLocation = z.object({ file: z.string(), line: z.number().int().optional() });

export const GateResult = z.object({
  id: z.string(),
  probe: z.string(),
  metric: z.string(),
  expression: z.string(),
  actual: z.number().nullable(),
  level: GateLevel,
  outcome: GateOutcome,
  message: z.string(),
  /** Where the gate was judged, e.g. "level 100" for a load step. */
  at: z.string().optional(),
  source: SourceLocation.optional(),
});
export type GateResult = z.infer<typeof GateResult>;

const ProbeStatus = {
  status: z.enum(['ok', 'error']).default('ok'),
  message: z.string().optional(),
};

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
      /** Rate mode: mean lateness of actual sends against their intended time. */
      sendLagMsMean: z.number().optional(),
    })
    .optional(),
  /** Latency HDR histogram, compressed base64, so any percentile can be judged later. */
  histogram: z.string().optional(),
  breaks: z.array(z.string()).optional(),
  resources: StepResources.optional(),
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
  mode: z.enum(['concurrency', 'rate']),
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

export { MigrateProbe } from './result-schema-migrate.ts';
import { MigrateProbe } from './result-schema-migrate.ts';

// The other probes are defined loosely here and tightened by the issues that build them.
export const AuditSeverity = z.enum(['critical', 'high', 'moderate', 'low', 'info']);

export const AuditFinding = z.object({
  /** The advisory id: GHSA-… when known, else the source's own id (npm:1094102). */
  id: z.string(),
  package: z.string(),
  severity: AuditSeverity,
  /** true only while an unexpired waiver covers it; an expired waiver leaves it false. */
  waived: z.boolean(),
  /** Installed version; null when the source does not say (a saved report without a lockfile). */
  version: z.string().nullable(),
  aliases: z.array(z.string()),
  title: z.string(),
  url: z.string().optional(),
  /** Dependency path from the project: [direct dependency, …, package]. */
  path: z.array(z.string()),
  /** Install location in the lockfile (node_modules/a/node_modules/b); null when unknown. */
  location: z.string().nullable(),
  /** Dev-only dependency; null when unknown, which is judged as production (fail closed). */
  dev: z.boolean().nullable(),
  direct: z.boolean().nullable(),
  vulnerableRange: z.string().optional(),
  /** First version of this package without the advisory; null when the source does not say. */
  fixedIn: z.string().nullable(),
  /** npm's suggested fix: the top-level upgrade that removes it. */
  fix: z.object({ package: z.string(), version: z.string(), major: z.boolean() }).optional(),
  /** The waiver that matched (index in the waiver file), active or expired. */
  waiver: z.object({ index: z.number().int(), owner: z.string(), reason: z.string(), expires: z.string(), expired: z.boolean() }).optional(),
});
export type AuditFinding = z.infer<typeof AuditFinding>;

const SeverityCount = z.object({
  total: z.number().int(),
  waived: z.number().int(),
  unwaivedProd: z.number().int(),
  unwaivedDev: z.number().int(),
});
export const AuditCounts = z.object({
  total: z.number().int(),
  waived: z.number().int(),
  unwaived: z.number().int(),
  bySeverity: z.record(AuditSeverity, SeverityCount),
});
export type AuditCounts = z.infer<typeof AuditCounts>;

export const AuditWaiverState = z.object({
  index: z.number().int(),
  id: z.string(),
  package: z.string().optional(),
  path: z.string().optional(),
  owner: z.string(),
  reason: z.string(),
  granted: z.string(),
  expires: z.string(),
  state: z.enum(['active', 'expired', 'unused']),
  matched: z.number().int(),
});

export const OutdatedPackage = z.object({
  name: z.string(),
  current: z.string().nullable(),
  wanted: z.string().nullable(),
  latest: z.string().nullable(),
  /** The update from current to latest, by semver. */
  type: z.enum(['major', 'minor', 'patch', 'prerelease', 'unknown']),
  majorsBehind: z.number().int(),
  /** Majors, and minors of 0.x packages (breaking under semver), need a human review. */
  needsReview: z.boolean(),
  dependent: z.string().optional(),
});
export type OutdatedPackage = z.infer<typeof OutdatedPackage>;

export const AuditOutdated = z.object({
  source: z.enum(['npm-outdated', 'outdated-json']),
  input: z.string(),
  packages: z.array(OutdatedPackage),
  counts: z.object({
    total: z.number().int(),
    major: z.number().int(),
    minor: z.number().int(),
    patch: z.number().int(),
    other: z.number().int(),
    needsReview: z.number().int(),
    maxMajorsBehind: z.number().int(),
  }),
});
export type AuditOutdated = z.infer<typeof AuditOutdated>;

export const AuditProbe = z.object({
  ...ProbeStatus,
  /** npm-audit: `npm audit` run now; audit-json: a saved report; advisories: offline OSV files. */
  source: z.enum(['npm-audit', 'audit-json', 'advisories']),
  /** The directory, file or registry the findings came from (secrets redacted). */
  input: z.string(),
  reportVersion: z.number().int().optional(),
  findings: z.array(AuditFinding),
  counts: AuditCounts,
  policy: z.object({
    failOn: z.union([AuditSeverity, z.literal('none')]),
    devFailOn: z.union([AuditSeverity, z.literal('none')]),
    windowsDays: z.record(z.string(), z.number()),
    today: z.string(),
  }),
  waivers: z.object({ file: z.string(), entries: z.array(AuditWaiverState) }).optional(),
  outdated: AuditOutdated.optional(),
  /** npm's own per-package totals (metadata.vulnerabilities), for cross-checking. */
  npmCounts: z.record(z.string(), z.number()).optional(),
  warnings: z.array(z.string()).default([]),
});
export type AuditProbe = z.infer<typeof AuditProbe>;

// Comparison with the last accepted run (`--baseline`), see src/baseline/compare.ts.
export const ComparisonOutcome = z.enum(['pass', 'warn', 'fail', 'inconclusive', 'new']);

export const Comparison = z.object({
  probe: z.string(),
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  current: z.number(),
  /** Relative change in the "worse" direction: +0.15 = 15% worse, -0.05 = 5% better. */
  worseBy: z.number().nullable(),
  test: z.object({ method: z.string(), p: z.number(), n: z.tuple([z.number(), z.number()]) }).optional(),
  outcome: ComparisonOutcome,
  message: z.string(),
});
export type Comparison = z.infer<typeof Comparison>;

export const BaselineBlock = z.object({
  source: z.string(),
  /** The configured baseline file does not exist: nothing was compared (see message). */
  missing: z.boolean().optional(),
  message: z.string().optional(),
  baselineStartedAt: z.string().optional(),
  policy: z.object({ warn: z.number(), fail: z.number() }),
  comparisons: z.array(Comparison),
});
export type BaselineBlock = z.infer<typeof BaselineBlock>;

export const Result = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  verdict: Verdict,
  startedAt: z.string(),
  finishedAt: z.string(),
  interrupted: z.boolean(),
  tool: z.object({ name: z.literal('shipgate'), version: z.string() }),
  command: z.string().optional(),
  message: z.string().optional(),
  gates: z.array(GateResult),
  baseline: BaselineBlock.optional(),
  probes: z.object({
    load: LoadProbe.optional(),
    migrate: MigrateProbe.optional(),
    web: WebProbe.optional(),
    audit: AuditProbe.optional(),
  }),
});
export type Result = z.infer<typeof Result>;
