// `shipgate migrate --migrations DIR [--dump FILE | --dataset FILE] [--scratch-url URL]`:
// time pending migrations against production-sized data in a scratch PostgreSQL.
import { Command, InvalidArgumentError } from 'commander';
import { RunSession, defaultOutDir } from '../../runner/session.ts';
import { capRunTime } from '../common.ts';
import { collect, duration, positiveNumber } from '../../core/flags.ts';
import { migrateProgress } from '../migrate-progress.ts';
import { parseMigrateConfig, resolveMigrateOptions } from '../../probes/migrate/migrate-config.ts';
import { runMigrateProbe } from '../../probes/migrate/migrate-probe.ts';
import { planGates } from '../../gates/gate-plan.ts';
import { migrateDefaultGates } from '../../probes/migrate/migrate-config.ts';

function numberList(value: string): number[] {
  const nums = value.split(',').map((p) => Number(p.trim()));
  if (!nums.length || nums.some((n) => !Number.isFinite(n) || n <= 0)) throw new InvalidArgumentError(`"${value}" is not a list of positive numbers, e.g. 0.1,0.3,1`);
  return nums;
}

/** "orders=1000000,users=50000" (repeatable). */
function prodRows(value: string, previous: Record<string, number>): Record<string, number> {
  const out = { ...previous };
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([\w.]+)=(\d+)$/.exec(part);
    if (!m) throw new InvalidArgumentError(`"${part}" is not table=rows, e.g. orders=1000000`);
    out[m[1]!] = Number(m[2]);
  }
  return out;
}

export function migrateCommand(): Command {
  return new Command('migrate')
    .description('time pending migrations on production-sized data in a scratch PostgreSQL: durations, locks, rewrites, projection')
    .option('--migrations <dir>', 'folder of NNN_name.sql / NNN_name.up.sql migrations')
    .option('--command <cmd>', 'time an external migration tool instead (gets DATABASE_URL)')
    .option('--dataset <file>', 'synthesize this dataset (scenarios/*.dataset.yaml)')
    .option('--dump <file>', 'restore this pg_dump (custom, directory, tar or plain SQL)')
    .option('--scratch-url <url>', 'a scratch server to use (default: a throwaway cluster shipgate starts)')
    .option('--scale <list>', 'run at these fractions of the dataset, e.g. 0.1,0.3,1', numberList)
    .option('--rows <list>', 'run at these row counts of the largest table, e.g. 100000,300000,1000000', numberList)
    .option('--repeat <n>', 'run each size N times on fresh copies of the data; each statement keeps its best time', positiveNumber)
    .option('--prod-rows <table=N>', 'production row count to project to (repeatable, or comma-separated)', prodRows, {})
    .option('--traffic', 'run a light read/write workload while migrating and measure its latency')
    .option('--large-table-rows <n>', 'tables from this size count as large for the lock and rewrite gates', positiveNumber, 100_000)
    .option('--sample-interval <d>', 'lock sampling interval, 5ms..50ms', '20ms')
    .option('--statement-timeout <d>', 'cap on one statement', '1h')
    .option('--gates <file>', 'gate file (repeatable; default: the playbook\'s migration gates)', collect, [])
    .option('--max-run-time <d>', 'hard cap on the whole run (default 2h)', duration, 2 * 3_600_000)
    .option('--out <dir>', 'where result.json and report.md go (default reports/<timestamp>)')
    .action(async (opts: MigrateFlags, cmd: Command) => {
      cmd.setOptionValue('exitCode', await migrate(opts));
    });
}

interface MigrateFlags {
  migrations?: string;
  command?: string;
  dataset?: string;
  dump?: string;
  scratchUrl?: string;
  scale?: number[];
  rows?: number[];
  prodRows: Record<string, number>;
  repeat?: number;
  traffic?: boolean;
  largeTableRows: number;
  sampleInterval: string;
  statementTimeout: string;
  gates: string[];
  maxRunTime: number;
  out?: string;
}

async function migrate(f: MigrateFlags): Promise<number> {
  const config = parseMigrateConfig(
    {
      ...(f.migrations ? { migrations: f.migrations } : {}),
      ...(f.command ? { command: f.command } : {}),
      ...(f.dataset ? { dataset: f.dataset } : {}),
      ...(f.dump ? { dump: f.dump } : {}),
      ...(f.scratchUrl ? { scratchUrl: f.scratchUrl } : {}),
      ...(f.scale ? { scale: f.scale } : {}),
      ...(f.rows ? { rows: f.rows.map(Math.round) } : {}),
      prodRows: f.prodRows,
      ...(f.repeat ? { repeat: Math.round(f.repeat) } : {}),
      traffic: Boolean(f.traffic),
      largeTableRows: Math.round(f.largeTableRows),
      sampleInterval: f.sampleInterval,
      statementTimeout: f.statementTimeout,
    },
    '--flags',
  );
  const options = await resolveMigrateOptions(config);
  const gates = await planGates({ files: f.gates, probes: ['migrate'], defaults: { migrate: migrateDefaultGates(config) } });
  const session = new RunSession('migrate', f.out ?? defaultOutDir());
  session.gates = gates;
  session.installSignalHandlers();
  const uncap = capRunTime(session, f.maxRunTime);
  session.probes.migrate = await runMigrateProbe({
    ...options,
    signal: session.signal,
    events: migrateProgress(),
    log: (l) => process.stderr.write(l + '\n'),
    onPartial: (p) => (session.probes.migrate = p),
  });
  uncap();
  const { exitCode } = await session.finish();
  return exitCode;
}
