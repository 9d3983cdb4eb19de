// `shipgate web --url URL ...`: Lighthouse budgets per device, and timed Playwright journeys.
import { Command, Option } from 'commander';
import { RunSession, defaultOutDir } from '../../runner/session.ts';
import { UsageError } from '../../core/errors.ts';
import { WebConfig } from '../../probes/web/web-config.ts';
import { prepareWebRun } from '../../probes/web/web-gates.ts';
import { planGates } from '../../gates/gate-plan.ts';
import { runWebWithSession } from '../../probes/web/web-session.ts';
import { attachBaseline, capRunTime } from '../common.ts';
import { collect, duration } from '../../core/flags.ts';

interface WebFlags {
  url: string[];
  runs?: string;
  device: string[];
  budget: string[];
  gates: string[];
  journey: string[];
  journeyRuns?: string;
  site?: string;
  pageTimeout: string;
  baseline?: string;
  maxRunTime: number;
  out?: string;
}

export function webCommand(): Command {
  return new Command('web')
    .description('measure pages with Lighthouse (per device) and user journeys with Playwright against budgets')
    .option('--url <url>', 'a page to measure (repeatable); a path when --site is given', collect, [])
    .option('--runs <n>', 'Lighthouse runs per page and device (median run + spread)', '5')
    .addOption(new Option('--device <device>', 'desktop or mobile (repeatable; default both)').choices(['desktop', 'mobile']).argParser(collect).default([]))
    .option('--budget <file>', 'budget.json or a web gate file (repeatable)', collect, [])
    .option('--gates <file>', 'gate files (repeatable; default: the playbook\'s web budgets)', collect, [])
    .option('--journey <file>', 'a scenarios/*.journey.ts file (repeatable)', collect, [])
    .option('--journey-runs <n>', 'runs per journey (p50/p95)', '5')
    .option('--site <dir>', 'serve this folder on a loopback port; --url may then be a path')
    .option('--page-timeout <d>', 'how long a page may take to load before its run fails', '45s')
    .option('--baseline <file|dir>', 'compare with this accepted run (result.json or its folder)')
    .option('--max-run-time <d>', 'hard cap on the whole command (default 20m)', duration, 20 * 60_000)
    .option('--out <dir>', 'where result.json and report.md go (default reports/<timestamp>)')
    .action(async (opts: WebFlags, cmd: Command) => {
      cmd.setOptionValue('exitCode', await web(opts));
    });
}

async function web(f: WebFlags): Promise<number> {
  if (!f.url.length && !f.journey.length) throw new UsageError('web: nothing to measure: pass --url URL (or --journey FILE)');
  const parsed = WebConfig.safeParse({
    pages: f.url,
    ...(f.device.length ? { devices: [...new Set(f.device)] } : {}),
    runs: Number(f.runs),
    journeys: f.journey,
    journeyRuns: Number(f.journeyRuns),
    budgets: f.budget,
    pageTimeout: f.pageTimeout,
    ...(f.site ? { site: { dir: f.site } } : {}),
  });
  if (!parsed.success) {
    const flag: Record<string, string> = { pages: '--url', runs: '--runs', devices: '--device', journeyRuns: '--journey-runs', journeys: '--journey', budgets: '--budget', pageTimeout: '--page-timeout', site: '--site' };
    throw new UsageError(parsed.error.issues.map((i) => `${flag[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`).join('\n'));
  }
  const gates = await planGates({ files: f.gates, probes: ['web'], extra: { web: await prepareWebRun(parsed.data) } });
  const session = new RunSession('web', f.out ?? defaultOutDir());
  session.gates = gates;
  await attachBaseline(session, { flag: f.baseline });
  session.installSignalHandlers();
  const uncap = capRunTime(session, f.maxRunTime);
  await runWebWithSession(session, parsed.data);
  uncap();
  const { exitCode } = await session.finish();
  return exitCode;
}
