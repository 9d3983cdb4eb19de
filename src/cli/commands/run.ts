// `shipgate run`: the probes named in the config, in order, then one verdict. A probe that
// fails to measure does not stop the others; its gates become "error".
import { Command } from 'commander';
import { RunSession, defaultOutDir } from '../../core/run-session.ts';
import { loadConfig, type ShipgateConfig } from '../../config/config.ts';
import { UsageError } from '../../core/errors.ts';
import { ProbeName } from '../../core/result-schema.ts';
import { resolveRampScenario } from '../../probes/load/resolve-scenario.ts';
import { runLoadProbe } from '../../probes/load/load-probe.ts';
import { unitOf } from '../../probes/load/ramp.ts';
import { rampProgress } from '../ramp-progress.ts';
import { attachBaseline, capRunTime, headroomGate, loadGates } from '../common.ts';
import { existsSync } from 'node:fs';
import type { GateSpec } from '../../gates/gate-spec.ts';
import { parseMigrateConfig, resolveMigrateOptions } from '../../probes/migrate/migrate-config.ts';
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

  // Validate everything before measuring anything: a bad scenario or gate is exit 2.
  const gates: GateSpec[] = (await loadGates(config.gates)).filter((g) => probes.has(g.probe));
  const { scenario: scenarioSource, target, service, targetPid, dbUrl, metrics, current, growth, ...loadOverrides } = config.load ?? {};
  const scenario = probes.has('load')
    ? await resolveRampScenario(scenarioSource as string | undefined, loadOverrides, `${opts.config}: load`)
    : undefined;
  if (scenario?.headroom !== undefined) gates.push(headroomGate(scenario.headroom));
  const migrate = probes.has('migrate') ? await resolveMigrateOptions(parseMigrateConfig(config.migrate, `${opts.config}: migrate`)) : undefined;
  const audit = probes.has('audit') && config.audit ? await prepareAudit(config.audit) : undefined;
  if (audit && config.audit) gates.push(...auditPolicyGates(config.audit, Boolean(audit.waivers)));
  if (config.web && probes.has('web')) gates.push(...(await prepareWebRun(config.web)));

  const session = new RunSession('run', opts.out ?? defaultOutDir());
  session.gates = gates;
  const { file: baselineFile, ...policy } = config.baseline ?? {};
  await attachBaseline(session, opts.baseline ?? (baselineFile && existsSync(baselineFile) ? baselineFile : undefined), policy);
  session.installSignalHandlers();
  const uncap = capRunTime(session, config.maxRunTime);
  const log = (l: string) => process.stderr.write(l + '\n');

  if (scenario && !session.signal.aborted) {
    log(`== load: ramp ${scenario.steps.join(', ')} ${unitOf(scenario.mode)}`);
    session.probes.load = await runLoadProbe({
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
    });
  }
  if (migrate && !session.signal.aborted) {
    log(`== migrate: ${migrate.migrations?.length ?? 0} migration(s)${migrate.command ? `, command ${migrate.command}` : ''}`);
    session.probes.migrate = await runMigrateProbe({ ...migrate, signal: session.signal, events: migrateProgress(), log, onPartial: (p) => (session.probes.migrate = p) });
  }
  if (audit && !session.signal.aborted) {
    log(`== audit: ${audit.input}`);
    session.probes.audit = await measureAudit(audit, session.signal);
  }
  if (config.web && probes.has('web') && !session.signal.aborted) {
    log('== web: Lighthouse pages and journeys');
    await runWebWithSession(session, config.web, log);
  }
  uncap();
  const { exitCode } = await session.finish();
  return exitCode;
}
