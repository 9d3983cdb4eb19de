// The result.json contract (PRODUCT.md). Versioned: fields may be added, never renamed.
// Every probe's block is optional (a probe that did not run is absent); a probe that ran
// and could not measure carries status "error" and a message.
import { z } from 'zod';

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

export const LatencyMs = z.object({
  p50: z.number(),
  p90: z.number(),
  p95: z.number(),
  p99: z.number(),
  max: z.number(),
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
  target: z.object({ pid: z.number(), cpuPercent: Stat, rssMB: Stat, fds: Stat }).optional(),
  db: z.record(z.string(), z.unknown()).optional(),
});

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
});
export type LoadProbe = z.infer<typeof LoadProbe>;

// The other probes are defined loosely here and tightened by the issues that build them.
export const MigrateProbe = z.object({ ...ProbeStatus }).passthrough();
export const WebProbe = z.object({ ...ProbeStatus }).passthrough();

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
  probes: z.object({
    load: LoadProbe.optional(),
    migrate: MigrateProbe.optional(),
    web: WebProbe.optional(),
    audit: AuditProbe.optional(),
  }),
});
export type Result = z.infer<typeof Result>;
