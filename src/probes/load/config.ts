// The `load:` section of shipgate.config.* and the `shipgate ramp` flags that set it. A
// scenario (file or inline) says what to send and at which levels; the keys beside it
// override the scenario's own, and say what to load and what to sample.
import { z } from 'zod';
import { InvalidArgumentError } from 'commander';
import { DurationMs } from '../../lib/duration.ts';
import type { FlagTable } from '../../core/probe.ts';
import { intList, positiveNumber } from '../../core/flags.ts';
import type { RampScenarioInput } from './scenario.ts';
import type { GaugeSpec } from './metrics-scraper.ts';

export const ServiceSpec = z.strictObject({
  /** Shell command that starts the service; `{port}` becomes a free loopback port. */
  command: z.string().min(1),
  /** Where it answers; default: the target, else http://127.0.0.1:{port}/. */
  url: z.string().min(1).optional(),
  health: z.string().default('/'),
  readyTimeout: DurationMs.default(15_000),
});

const Gauge = z.strictObject({ name: z.string(), metric: z.string(), limit: z.union([z.number(), z.string()]).optional(), unit: z.string().optional() });

// Loose: the scenario keys beside these are checked with the scenario itself, so an unknown
// key is reported with the scenario's own names and paths.
export const LoadConfig = z.looseObject({
  /** A scenario file, or the scenario inline. Other keys here override it. */
  scenario: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  /** Where the load goes: its path is loaded, scenario paths are appended to it. */
  target: z
    .string()
    .refine((t) => {
      try {
        return ['http:', 'https:'].includes(new URL(t.replaceAll('{port}', '1')).protocol);
      } catch {
        return false;
      }
    }, 'must be an http(s) URL, e.g. http://127.0.0.1:3000/')
    .optional(),
  /** A service shipgate starts for the ramp, and stops after it (the demo uses this). */
  service: ServiceSpec.optional(),
  /** Sample this process id per step (a started service is sampled anyway). */
  targetPid: z.number().int().positive().optional(),
  /** PostgreSQL to sample read-only per step. */
  dbUrl: z.string().optional(),
  /** Prometheus/OpenMetrics endpoint (`{port}` = the started service's port) and gauges to read. */
  metrics: z.strictObject({ url: z.string(), gauges: z.array(Gauge).default([]) }).optional(),
  /** Growth projection: today's peak level (default: expect) and the growth factor (default 10). */
  current: z.number().positive().optional(),
  growth: z.number().positive().optional(),
});
export type LoadConfig = z.infer<typeof LoadConfig>;

export interface LoadConfigInput extends Partial<RampScenarioInput> {
  scenario?: string | RampScenarioInput;
  target?: string;
  service?: z.input<typeof ServiceSpec>;
  targetPid?: number;
  dbUrl?: string;
  metrics?: { url: string; gauges?: GaugeSpec[] };
  current?: number;
  growth?: number;
}

/** Keys only a stepped ramp uses; soak and spike hold or shape one level instead. */
export type RampOnly =
  | 'steps'
  | 'stepDuration'
  | 'refine'
  | 'refineTolerance'
  | 'expect'
  | 'headroom'
  | 'cooldown'
  | 'current'
  | 'growth'
  | 'breaking'
  | 'workers';
export const RAMP_ONLY: readonly RampOnly[] = [
  'steps',
  'stepDuration',
  'refine',
  'refineTolerance',
  'expect',
  'headroom',
  'cooldown',
  'current',
  'growth',
  'breaking',
  // A soak runs on one thread (docs/load.md, worker threads); a spike takes `workers` back.
  'workers',
];

/** `--gauge "db pool=db_pool_active:db_pool_max"` -> a gauge spec. */
export function parseGaugeFlag(flag: string): GaugeSpec {
  const m = /^([^=]+)=([^:]+)(?::(.+))?$/.exec(flag);
  if (!m) throw new InvalidArgumentError(`"${flag}": write NAME=METRIC[:LIMIT], e.g. "db pool=db_pool_active:db_pool_max"`);
  const limit = m[3] === undefined ? undefined : Number.isFinite(Number(m[3])) ? Number(m[3]) : m[3];
  return { name: m[1]!.trim(), metric: m[2]!.trim(), ...(limit !== undefined ? { limit } : {}) };
}

const gauge = (v: string, prev: unknown) => [...((prev as GaugeSpec[] | undefined) ?? []), parseGaugeFlag(v)];

export const LOAD_FLAGS: FlagTable<LoadConfigInput> = {
  scenario: { flags: '--scenario <file>', description: 'a ramp scenario (scenarios/*.ramp.yaml|json|ts)', path: 'scenario' },
  target: {
    flags: '--target <url>',
    description: 'where the load goes (loopback unless --allow-host); its path is loaded',
    path: 'target',
    env: 'SHIPGATE_TARGET',
  },
  service: [
    {
      flags: '--target-cmd <command>',
      description: 'start this service for the ramp and stop it after; {port} becomes a free port (use it in --target too)',
      path: 'service.command',
    },
    { flags: '--health <path>', description: 'with --target-cmd: path polled until the service is ready (default /)', path: 'service.health' },
  ],
  targetPid: { flags: '--target-pid <pid>', description: 'sample this process (CPU, RSS, open files) per step', path: 'targetPid', parse: positiveNumber },
  dbUrl: {
    flags: '--db-url <url>',
    description: 'PostgreSQL to sample read-only per step: connections, lock waits, slow queries',
    path: 'dbUrl',
    env: 'SHIPGATE_DB_URL',
  },
  metrics: [
    { flags: '--metrics-url <url>', description: 'Prometheus/OpenMetrics endpoint scraped per step ({port} = the --target-cmd port)', path: 'metrics.url' },
    {
      flags: '--gauge <name=metric[:limit]>',
      description: 'a gauge to read from --metrics-url; limit is a number or a metric (repeatable)',
      path: 'metrics.gauges',
      parse: gauge,
    },
  ],
  current: {
    flags: '--current <level>',
    description: "today's peak level for the growth projection (default: --expect)",
    path: 'current',
    parse: positiveNumber,
  },
  growth: { flags: '--growth <factor>', description: 'growth factor to project resources to (default 10)', path: 'growth', parse: positiveNumber },
  mode: {
    flags: '--mode <mode>',
    description: 'closed model (concurrent connections), open model (requests/second), virtual users looping the flow, or new users/second',
    path: 'mode',
    choices: ['concurrency', 'rate', 'users', 'arrivals'],
  },
  model: null,
  flow: null,
  data: null,
  baseDir: null,
  thinkTime: { flags: '--think-time <d>', description: 'users/arrivals: pause after each flow request, e.g. 1s or 1s-3s', path: 'thinkTime' },
  steps: { flags: '--steps <list>', description: 'levels to step through, e.g. 10,20,40 (default 100,500,1000,5000)', path: 'steps', parse: intList },
  stepDuration: { flags: '--step-duration <d>', description: 'measured time per step, e.g. 10s', path: 'stepDuration' },
  warmup: { flags: '--warmup <d>', description: 'unmeasured warm-up at the start of each step, e.g. 2s', path: 'warmup' },
  cooldown: {
    flags: '--cooldown <d>',
    description: 'idle pause before each step after the first, e.g. 2s (targets with rate limiters or queues)',
    path: 'cooldown',
  },
  timeout: { flags: '--timeout <d>', description: 'per-request timeout, e.g. 10s', path: 'timeout' },
  workers: {
    flags: '--workers <n>',
    description: 'threads the generator spreads a step over (default: one per core; small levels use fewer)',
    path: 'workers',
    parse: positiveNumber,
  },
  maxConnections: {
    flags: '--max-connections <n>',
    description: 'rate mode: the most connections the generator may open (default 2000)',
    path: 'maxConnections',
    parse: positiveNumber,
  },
  headers: null,
  endpoints: null,
  name: null,
  breaking: [
    {
      flags: '--max-error-rate <fraction>',
      description: 'breaking criterion: error rate above this (default 0.01)',
      path: 'breaking.errorRate',
      parse: positiveNumber,
    },
    { flags: '--max-p99 <ms>', description: 'breaking criterion: p99 above this many ms (default 2000)', path: 'breaking.p99Ms', parse: positiveNumber },
  ],
  refine: { flags: '--refine', description: 'bisect between last good and first bad level to within 10%', path: 'refine' },
  refineTolerance: null,
  expect: { flags: '--expect <level>', description: 'the expected peak level; gates are judged at this step', path: 'expect', parse: positiveNumber },
  headroom: { flags: '--headroom <x>', description: 'require breaking point >= X x expected level', path: 'headroom', parse: positiveNumber },
  cap: { flags: '--cap <level>', description: 'safety cap: the highest level ever run (default 10000)', path: 'cap', parse: positiveNumber },
};
