// `shipgate ramp --target URL ...`: a stepped load ramp from the command line.
import { Command, Option } from 'commander';
import { RunSession, defaultOutDir } from '../../runner/session.ts';
import { resolveRampScenario } from '../../probes/load/resolve-scenario.ts';
import { runLoadProbe } from '../../probes/load/load-probe.ts';
import { unitOf } from '../../probes/load/plan.ts';
import { rampProgress } from '../ramp-progress.ts';
import { attachBaseline, capRunTime, headroomGate } from '../common.ts';
import { planGates } from '../../gates/gate-plan.ts';
import { intList, positiveNumber, collect, duration } from '../../core/flags.ts';
import type { GaugeSpec } from '../../probes/load/metrics-scraper.ts';
import { UsageError } from '../../core/errors.ts';

export function rampCommand(): Command {
  return new Command('ramp')
    .description('run a stepped load ramp and find the breaking point')
    .option('--target <url>', 'the service to load (loopback unless --allow-host)')
    .option('--target-pid <pid>', 'sample this process (CPU, RSS, open files) per step', positiveNumber)
    .option('--target-cmd <command>', 'start this service for the ramp and stop it after; {port} becomes a free port (use it in --target too)')
    .option('--health <path>', 'with --target-cmd: path polled until the service is ready', '/')
    .option('--db-url <url>', 'PostgreSQL to sample read-only per step: connections, lock waits, slow queries')
    .option('--metrics-url <url>', 'Prometheus/OpenMetrics endpoint scraped per step ({port} = the --target-cmd port)')
    .option('--gauge <name=metric[:limit]>', 'a gauge to read from --metrics-url; limit is a number or a metric (repeatable)', collect, [])
    .option('--current <level>', 'today\'s peak level for the growth projection (default: --expect)', positiveNumber)
    .option('--growth <factor>', 'growth factor to project resources to (default 10)', positiveNumber)
    .option('--scenario <file>', 'a ramp scenario (scenarios/*.ramp.yaml|json|ts)')
    .addOption(new Option('--mode <mode>', 'closed model (concurrent connections) or open model (requests/second)').choices(['concurrency', 'rate']))
    .option('--steps <list>', 'levels to step through, e.g. 10,20,40 (default 100,500,1000,5000)', intList)
    .option('--step-duration <d>', 'measured time per step, e.g. 10s')
    .option('--warmup <d>', 'unmeasured warm-up at the start of each step, e.g. 2s')
    .option('--cooldown <d>', 'idle pause before each step after the first, e.g. 2s (targets with rate limiters or queues)')
    .option('--timeout <d>', 'per-request timeout, e.g. 10s')
    .option('--expect <level>', 'the expected peak level; gates are judged at this step', positiveNumber)
    .option('--headroom <x>', 'require breaking point >= X x expected level', positiveNumber)
    .option('--refine', 'bisect between last good and first bad level to within 10%')
    .option('--max-error-rate <fraction>', 'breaking criterion: error rate above this (default 0.01)', positiveNumber)
    .option('--max-p99 <ms>', 'breaking criterion: p99 above this many ms (default 2000)', positiveNumber)
    .option('--allow-host <host>', 'allow load to this non-loopback host (repeatable)', collect, [])
    .option('--gates <file>', 'gate file (repeatable; default: the playbook\'s API budget)', collect, [])
    .option('--cap <level>', 'safety cap: the highest level ever run (default 10000)', positiveNumber)
    .option('--max-run-time <d>', 'hard cap on the whole ramp (default 30m)', duration, 30 * 60_000)
    .option('--baseline <file|dir>', 'compare with this accepted run (result.json or its folder)')
    .option('--out <dir>', 'where result.json and report.md go (default reports/<timestamp>)')
    .action(async (opts: RampFlags, cmd: Command) => {
      cmd.setOptionValue('exitCode', await ramp(opts));
    });
}

interface RampFlags {
  dbUrl?: string;
  metricsUrl?: string;
  gauge: string[];
  current?: number;
  growth?: number;
  target?: string;
  targetPid?: number;
  targetCmd?: string;
  health: string;
  scenario?: string;
  mode?: 'concurrency' | 'rate';
  steps?: number[];
  stepDuration?: string;
  warmup?: string;
  timeout?: string;
  cooldown?: string;
  expect?: number;
  headroom?: number;
  refine?: boolean;
  maxErrorRate?: number;
  maxP99?: number;
  allowHost: string[];
  gates: string[];
  maxRunTime: number;
  cap?: number;
  out?: string;
  baseline?: string;
}

async function ramp(f: RampFlags): Promise<number> {
  const scenario = await resolveRampScenario(f.scenario, {
    mode: f.mode,
    steps: f.steps,
    stepDuration: f.stepDuration,
    warmup: f.warmup,
    timeout: f.timeout,
    cooldown: f.cooldown,
    expect: f.expect,
    headroom: f.headroom,
    refine: f.refine,
    cap: f.cap,
    ...(f.maxErrorRate !== undefined || f.maxP99 !== undefined
      ? { breaking: { errorRate: f.maxErrorRate ?? 0.01, p99Ms: f.maxP99 ?? 2000 } }
      : {}),
  }, '--flags');
  const gates = await planGates({ files: f.gates, probes: ['load'], extra: { load: scenario.headroom !== undefined ? [headroomGate(scenario.headroom)] : [] } });
  const session = new RunSession('ramp', f.out ?? defaultOutDir());
  session.gates = gates;
  await attachBaseline(session, { flag: f.baseline });
  session.installSignalHandlers();
  const uncap = capRunTime(session, f.maxRunTime);
  const service = f.targetCmd
    ? { command: f.targetCmd, url: f.target ?? scenario.target ?? 'http://127.0.0.1:{port}/', health: f.health }
    : undefined;
  session.probes.load = await runLoadProbe({
    scenario,
    ...(service ? { service } : f.target ? { target: f.target } : {}),
    ...(f.targetPid ? { targetPid: f.targetPid } : {}),
    ...(f.dbUrl ? { dbUrl: f.dbUrl } : {}),
    ...(f.metricsUrl ? { metrics: { url: f.metricsUrl, gauges: f.gauge.map(parseGaugeFlag) } } : {}),
    ...(f.current ? { current: f.current } : {}),
    ...(f.growth ? { growth: f.growth } : {}),
    allowHosts: f.allowHost,
    signal: session.signal,
    events: rampProgress(unitOf(scenario.mode)),
    onPartial: (p) => (session.probes.load = p),
    log: (l) => process.stderr.write(l + '\n'),
  });
  uncap();
  const { exitCode } = await session.finish();
  return exitCode;
}

/** `--gauge "db pool=db_pool_active:db_pool_max"` -> a gauge spec. */
export function parseGaugeFlag(flag: string): GaugeSpec {
  const m = /^([^=]+)=([^:]+)(?::(.+))?$/.exec(flag);
  if (!m) throw new UsageError(`--gauge "${flag}": write NAME=METRIC[:LIMIT], e.g. "db pool=db_pool_active:db_pool_max"`);
  const limit = m[3] === undefined ? undefined : Number.isFinite(Number(m[3])) ? Number(m[3]) : m[3];
  return { name: m[1]!.trim(), metric: m[2]!.trim(), ...(limit !== undefined ? { limit } : {}) };
}
