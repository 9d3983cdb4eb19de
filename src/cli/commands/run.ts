// `shipgate run`: the probes named in the config, in order, then one verdict. A probe that
// fails to measure does not stop the others; its gates become "error".
import { Command } from 'commander';
import { RunSession, defaultOutDir } from '../../runner/session.ts';
import { loadConfig, type ShipgateConfig } from '../../runner/config.ts';
import { ProbeError, UsageError, errorMessage } from '../../core/errors.ts';
import { ProbeName } from '../../runner/result.ts';
import type { LoadProbe } from '../../probes/load/block.ts';
import type { MigrateProbe } from '../../probes/migrate/block.ts';
import { assertTargetAllowed, redactUrl } from '../../core/allow-host.ts';
import type { RampScenario } from '../../probes/load/scenario.ts';
import { resolveRampScenario } from '../../probes/load/resolve-scenario.ts';
import { runLoadProbe } from '../../probes/load/load-probe.ts';
import { planLevels, unitOf } from '../../probes/load/plan.ts';
import { rampProgress } from '../ramp-progress.ts';
import { attachBaseline, capRunTime, headroomGate } from '../common.ts';
import { planGates } from '../../gates/gate-plan.ts';
import { migrateDefaultGates, parseMigrateConfig, resolveMigrateOptions } from '../../probes/migrate/migrate-config.ts';
import { runMigrateProbe } from '../../probes/migrate/migrate-probe.ts';
import { migrateProgress } from '../migrate-progress.ts';
import { prepareWebRun } from '../../probes/web/web-gates.ts';
import { runWebWithSession } from '../../probes/web/web-session.ts';
import { measureAudit, prepareAudit } from '../../probes/audit/audit-probe.ts';
import { auditPolicyGates } from '../../probes/audit/policy-gates.ts';

export function runCommand(): Command {
  return new Command('run')
    .description('run the probes in the config and judge them into one verdict')
    .option('--config <file>', 'shipgate.config.ts|json|yaml', 'shipgate.config.ts')
    .option('--only <probes>', 'comma-separated subset: load,migrate,web,audit')
    .option('--baseline <file|dir>', 'compare with this accepted run (default: config baseline.file when it exists)')
    .option('--out <dir>', 'where the reports go (default reports/<timestamp>)')
    .action(async (opts: { config: string; only?: string; out?: string; baseline?: string }, cmd: Command) => {
      cmd.setOptionValue('exitCode', await run(opts));
    });
}

function selectProbes(config: ShipgateConfig, only: string | undefined): Set<ProbeName> {
  const configured = ProbeName.options.filter((p) => config[p] !== undefined);
  if (!only) return new Set(configured);
  const asked = only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = asked.filter((a) => !(ProbeName.options as readonly string[]).includes(a));
  if (unknown.length) throw new UsageError(`--only: unknown probe ${unknown.join(', ')}; use ${ProbeName.options.join(',')}`);
  const missing = asked.filter((a) => !configured.includes(a as ProbeName));
  if (missing.length) throw new UsageError(`--only: ${missing.join(', ')} not configured in the config file`);
  return new Set(asked as ProbeName[]);
}

async function run(opts: { config: string; only?: string; out?: string; baseline?: string }): Promise<number> {
  const config = await loadConfig(opts.config);
  const probes = selectProbes(config, opts.only);
  if (probes.size === 0) throw new UsageError(`${opts.config}: configures no probe (load, migrate, web, audit)`);

  // Validate everything before measuring anything: a bad scenario, file or gate is exit 2.
  const { scenario: scenarioSource, target, service, targetPid, dbUrl, metrics, current, growth, ...loadOverrides } = config.load ?? {};
  const scenario = probes.has('load')
    ? await resolveRampScenario(scenarioSource as string | undefined, loadOverrides, `${opts.config}: load`)
    : undefined;
  if (scenario) {
    if (!target && !service && !scenario.target) throw new UsageError(`${opts.config}: load: no target: set load.target (or load.service, or target in the scenario)`);
    planLevels(scenario);
    const declared = target ?? scenario.target;
    if (declared) assertTargetAllowed(declared, config.allowHosts);
  }
  const migrateConfig = probes.has('migrate') ? parseMigrateConfig(config.migrate, `${opts.config}: migrate`) : undefined;
  const migrate = migrateConfig ? await resolveMigrateOptions(migrateConfig) : undefined;
  const audit = probes.has('audit') && config.audit ? await prepareAudit(config.audit) : undefined;
  const webBudgets = config.web && probes.has('web') ? await prepareWebRun(config.web) : undefined;
  const gates = await planGates({
    files: config.gates,
    probes: [...probes],
    ...(migrateConfig ? { defaults: { migrate: migrateDefaultGates(migrateConfig) } } : {}),
    extra: {
      load: scenario?.headroom !== undefined ? [headroomGate(scenario.headroom)] : [],
      audit: audit && config.audit ? auditPolicyGates(config.audit, Boolean(audit.waivers)) : [],
      web: webBudgets ?? [],
    },
    filesFlag: `${opts.config}: gates`,
  });

  const session = new RunSession('run', opts.out ?? defaultOutDir());
  session.gates = gates;
  const { file: baselineFile, ...policy } = config.baseline ?? {};
  await attachBaseline(session, { flag: opts.baseline, configured: baselineFile, policy });
  session.installSignalHandlers();
  const uncap = capRunTime(session, config.maxRunTime);
  const log = (l: string) => process.stderr.write(l + '\n');

  // A probe that fails in a way it did not foresee is recorded as an error; the others still run.
  if (scenario && !session.signal.aborted) {
    log(`== load: ramp ${scenario.steps.join(', ')} ${unitOf(scenario.mode)}`);
    session.probes.load = await guarded(log, 'load', () =>
      runLoadProbe({
        scenario,
        ...(target ? { target } : {}),
        ...(targetPid ? { targetPid } : {}),
        ...(dbUrl ? { dbUrl } : {}),
        ...(metrics ? { metrics } : {}),
        ...(current ? { current } : {}),
        ...(growth ? { growth } : {}),
        ...(service ? { service: { command: service.command, url: service.url, health: service.health, readyTimeoutMs: service.readyTimeout } } : {}),
        allowHosts: config.allowHosts,
        signal: session.signal,
        events: rampProgress(unitOf(scenario.mode)),
        onPartial: (p) => (session.probes.load = p),
        log,
      }),
      (message) => ({ ...(session.probes.load ?? emptyLoad(scenario, target ?? service?.url ?? '(service)')), status: 'error', message }),
    );
  }
  if (migrate && !session.signal.aborted) {
    log(`== migrate: ${migrate.migrations?.length ?? 0} migration(s)${migrate.command ? `, command ${migrate.command}` : ''}`);
    session.probes.migrate = await guarded<MigrateProbe>(
      log,
      'migrate',
      () => runMigrateProbe({ ...migrate, signal: session.signal, events: migrateProgress(), log, onPartial: (p) => (session.probes.migrate = p) }),
      (message) => ({ ...(session.probes.migrate ?? {}), status: 'error', message }),
    );
  }
  if (audit && !session.signal.aborted) {
    log(`== audit: ${audit.input}`);
    session.probes.audit = await measureAudit(audit, session.signal);
  }
  if (config.web && probes.has('web') && !session.signal.aborted) {
    log('== web: Lighthouse pages and journeys');
    try {
      await runWebWithSession(session, config.web, log);
    } catch (err) {
      session.probes.web = { ...(session.probes.web ?? {}), status: 'error', message: failureText(err) };
    }
  }
  uncap();
  const { exitCode } = await session.finish();
  return exitCode;
}

/** Runs one probe; anything it throws becomes that probe's error block, and the run goes on. */
async function guarded<T>(log: (l: string) => void, name: string, measure: () => Promise<T>, asError: (message: string) => T): Promise<T> {
  try {
    return await measure();
  } catch (err) {
    const message = failureText(err);
    log(`${name}: ${message}`);
    return asError(message);
  }
}

function failureText(err: unknown): string {
  return err instanceof UsageError ? `a problem found while measuring: ${errorMessage(err)}` : err instanceof ProbeError ? errorMessage(err) : `unexpected failure: ${errorMessage(err)}`;
}

function emptyLoad(s: RampScenario, target: string): LoadProbe {
  return { status: 'error', mode: s.mode, target: redactUrl(target), steps: [], breakingPoint: { found: false, lastGood: null, firstBad: null, reason: 'not measured' } };
}
