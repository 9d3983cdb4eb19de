// `shipgate audit`: dependency vulnerabilities judged against the playbook's response
// windows, from a live `npm audit`, a saved report, or offline OSV advisories.
import { Command, InvalidArgumentError } from 'commander';
import { RunSession, defaultOutDir } from '../../runner/session.ts';
import { planGates } from '../../gates/gate-plan.ts';
import { collect } from '../../core/flags.ts';
import { parseAuditSettings, type AuditConfigInput } from '../../probes/audit/audit-config.ts';
import { measureAudit, prepareAudit } from '../../probes/audit/audit-probe.ts';
import { auditPolicyGates } from '../../probes/audit/policy-gates.ts';

export function auditCommand(): Command {
  return new Command('audit')
    .description('audit dependencies for known vulnerabilities; waivers expire with the response windows')
    .option('--dir <dir>', 'the project: package-lock.json (and .npmrc for npm audit)')
    .option('--audit-json <file>', 'a saved `npm audit --json` report (npm 6 or 7+) instead of running npm audit')
    .option('--advisories <dir>', 'offline: OSV / GitHub Advisory Database JSON files matched against the lockfile')
    .option('--waivers <file>', 'waiver file (default gates/waivers.yaml when it exists)')
    .option('--fail-on <severity>', 'fail on unwaived production findings at or above: critical|high|moderate|low|info|none', 'high')
    .option('--dev-fail-on <severity>', 'the same for dev-only dependencies (default none: report only)', 'none')
    .option('--windows <list>', 'response windows in days, e.g. critical=1,high=3,moderate=14,low=90', windowList)
    .option('--outdated', 'also run `npm outdated --json` and classify updates (patch, minor, major)')
    .option('--outdated-json <file>', 'a saved `npm outdated --json` instead')
    .option('--max-majors-behind <n>', 'fail when a dependency is more than N majors behind', nonNegativeInt)
    .option('--timeout <d>', 'time limit for each npm command', '60s')
    .option('--gates <file>', 'gate file whose audit gates are added (repeatable)', collect, [])
    .option('--out <dir>', 'where result.json and report.md go (default reports/<timestamp>)')
    .action(async (opts: AuditFlags, cmd: Command) => {
      cmd.setOptionValue('exitCode', await audit(opts));
    });
}

interface AuditFlags {
  dir?: string;
  auditJson?: string;
  advisories?: string;
  waivers?: string;
  failOn: string;
  devFailOn: string;
  windows?: Record<string, number>;
  outdated?: boolean;
  outdatedJson?: string;
  maxMajorsBehind?: number;
  timeout: string;
  gates: string[];
  out?: string;
}

function windowList(value: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(critical|high|moderate|medium|low)=(\d+)$/.exec(part);
    if (!m) throw new InvalidArgumentError(`"${part}" is not severity=days, e.g. high=3`);
    out[m[1] === 'medium' ? 'moderate' : m[1]!] = Number(m[2]);
  }
  return out;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number >= 0`);
  return n;
}

async function audit(f: AuditFlags): Promise<number> {
  const input: AuditConfigInput = {
    ...(f.dir ? { dir: f.dir } : {}),
    ...(f.auditJson ? { auditJson: f.auditJson } : {}),
    ...(f.advisories ? { advisories: f.advisories } : {}),
    ...(f.waivers ? { waivers: f.waivers } : {}),
    failOn: f.failOn,
    devFailOn: f.devFailOn,
    ...(f.windows ? { windows: f.windows } : {}),
    outdated: Boolean(f.outdated),
    ...(f.outdatedJson ? { outdatedJson: f.outdatedJson } : {}),
    ...(f.maxMajorsBehind !== undefined ? { maxMajorsBehind: f.maxMajorsBehind } : {}),
    timeout: f.timeout,
  };
  const settings = parseAuditSettings(input, '--flags');
  const prepared = await prepareAudit(settings);
  const gates = await planGates({ files: f.gates, probes: ['audit'], extra: { audit: auditPolicyGates(settings, Boolean(prepared.waivers)) } });
  const session = new RunSession('audit', f.out ?? defaultOutDir());
  session.gates = gates;
  session.installSignalHandlers();
  session.probes.audit = await measureAudit(prepared, session.signal);
  const { exitCode } = await session.finish();
  return exitCode;
}
