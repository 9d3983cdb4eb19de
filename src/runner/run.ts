// The lifecycle every measuring command shares. Commands only build a plan; this prepares
// every probe before measuring any (all usage errors first, exit 2), plans the gates, measures
// each probe in turn (whatever one throws becomes its error block; the others still run),
// fans the gates out, judges, writes every report (also after a failure) and says the exit code.
import { existsSync } from 'node:fs';
import type { AnyProbe } from '../core/probe.ts';
import type { Progress } from '../core/progress.ts';
import { ProbeError, UsageError, errorMessage } from '../core/errors.ts';
import { formatIssues } from '../core/load-file.ts';
import { redactText } from '../lib/redact.ts';
import { planGates } from '../gates/gate-plan.ts';
import { BaselinePolicy } from '../baseline/compare.ts';
import { loadBaseline } from './baseline-file.ts';
import { CATALOGS, PROBES, type ProbeName } from './registry.ts';
import type { ShipgateConfig } from './config.ts';
import { RunSession, defaultOutDir, type OutputMode } from './session.ts';
import { expandGates } from './evaluate.ts';

export interface RunPlan {
  /** Recorded in result.json: "run", "ramp", "migrate"... */
  command: string;
  config: ShipgateConfig;
  /** How the config is named in messages: "shipgate.config.ts" or "--flags". */
  where: string;
  /** The probes to run (the config must have their sections). */
  probes: readonly ProbeName[];
  /** `--baseline`: must exist (a configured `baseline.file` that is missing only warns). */
  baselineFlag?: string | undefined;
  out?: string | undefined;
  output: OutputMode;
  progress: Progress;
}

export async function execute(plan: RunPlan): Promise<number> {
  const log = (l: string) => {
    if (!plan.output.quiet) process.stderr.write(redactText(l) + '\n');
  };
  const selected = (PROBES as readonly AnyProbe[]).filter((p) => plan.probes.includes(p.name as ProbeName));
  const cfg = plan.config as Record<string, unknown>;

  // Everything is read and checked before anything is measured.
  const prepared: { probe: AnyProbe; p: unknown }[] = [];
  const problems: string[] = [];
  const hints: string[] = [];
  for (const probe of selected) {
    try {
      prepared.push({
        probe,
        p: await probe.prepare(cfg[probe.name] ?? probe.config.parse({}), { where: `${plan.where}: ${probe.name}`, allowHosts: plan.config.allowHosts }),
      });
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      problems.push(err.message);
      if (err.hint) hints.push(err.hint);
    }
  }
  if (problems.length) throw new UsageError(problems.join('\n'), hints.join('\n') || undefined);
  const gates = await planGates({
    files: plan.config.gates,
    probes: prepared.map(({ probe, p }) => ({ probe: probe.name, defaults: probe.gates.defaults(p), extra: probe.gates.extra?.(p) ?? [] })),
    catalogs: CATALOGS,
  });
  const session = new RunSession(plan.command, plan.out ?? defaultOutDir(), plan.output);
  session.gates = gates;
  const { file: baselineFile, ...policy } = plan.config.baseline ?? {};
  await attachBaseline(session, { flag: plan.baselineFlag, configured: baselineFile, policy });
  session.installSignalHandlers();
  session.capRunTime(plan.config.maxRunTime);

  const blocks = session.probes as Record<string, unknown>;
  for (const { probe, p } of prepared) {
    if (session.signal.aborted) break;
    // What runs, before it runs: in a CI log the plan is the first thing to read.
    plan.progress.line(`== ${probe.name}: ${probe.describe(p)}`);
    let block: { status?: string };
    try {
      block = await probe.measure(p, { signal: session.signal, log, progress: plan.progress, partial: (b: unknown) => (blocks[probe.name] = b) });
    } catch (err) {
      const message = failureText(err);
      log(`${probe.name}: ${message}`);
      block = probe.errorBlock(p, message, blocks[probe.name]);
    }
    // Stopped from outside (Ctrl-C, the time cap): what ran is kept, but it is not a measurement.
    if (session.signal.aborted && block.status !== 'error') {
      block = probe.errorBlock(p, `stopped before it finished: ${errorMessage(session.signal.reason)}`, block);
    }
    blocks[probe.name] = block;
  }
  const { gates: expanded, skipped } = expandGates(session.gates, session.probes);
  session.gates = expanded;
  if (skipped.length) log(`gates: ${skipped.length} optional gate(s) apply to nothing measured here, skipped: ${skipped.map((g) => g.id).join(', ')}`);
  const { exitCode } = await session.finish();
  return exitCode;
}

function failureText(err: unknown): string {
  if (err instanceof ProbeError) return errorMessage(err);
  if (err instanceof UsageError) return `a problem found while measuring: ${errorMessage(err)}`;
  return `unexpected failure: ${errorMessage(err)}`;
}

/**
 * The baseline a run is compared with: `--baseline` must exist (exit 2 if not); a baseline
 * named in the config that does not exist is said loudly (a warn gate, and the report says
 * nothing was compared), since a typo there would silently turn off every regression gate.
 */
export async function attachBaseline(session: RunSession, o: { flag?: string | undefined; configured?: string | undefined; policy?: unknown }): Promise<void> {
  const parsed = BaselinePolicy.safeParse(o.policy ?? {});
  if (!parsed.success) throw new UsageError(formatIssues('baseline policy', parsed.error.issues));
  const fileOrDir = o.flag ?? o.configured;
  if (!fileOrDir) return;
  if (!o.flag && !existsSync(fileOrDir)) {
    session.baselineMissing = { path: fileOrDir, policy: parsed.data };
    return;
  }
  const { path, result } = await loadBaseline(fileOrDir);
  session.baseline = { path, result, policy: parsed.data };
}
