// `shipgate baseline accept --report DIR [--to FILE]`: promote a run to the baseline that
// later runs (`--baseline`) are compared with.
import { Command } from 'commander';
import { acceptBaseline, DEFAULT_BASELINE } from '../../runner/baseline-file.ts';

export function baselineCommand(): Command {
  const cmd = new Command('baseline').description('manage the accepted baseline runs are compared with');
  cmd
    .command('accept')
    .description('promote a run (its result.json) to the baseline')
    .requiredOption('--report <dir>', 'the run folder to accept')
    .option('--to <file>', 'where the baseline is kept', DEFAULT_BASELINE)
    .option('--force', 'accept a failed or errored run too')
    .action(async (opts: { report: string; to: string; force?: boolean }) => {
      const r = await acceptBaseline(opts.report, opts.to, opts.force);
      process.stdout.write(`baseline: ${opts.to} (run of ${r.startedAt}, verdict ${r.verdict})\n`);
      cmd.setOptionValue('exitCode', 0);
    });
  return cmd;
}
