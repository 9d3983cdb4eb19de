// `shipgate signoff --report DIR --by NAME [--note TEXT] [--override REASON]`
import { Command } from 'commander';
import { signoff, SignoffRefused } from '../../runner/signoff.ts';
import { readResultDir, rewriteReports } from '../../runner/saved-result.ts';
import { ExitCode } from '../../core/errors.ts';

export function signoffCommand(): Command {
  return new Command('signoff')
    .description("record a release manager's sign-off of a run's verdict")
    .requiredOption('--report <dir>', 'the run folder (holding result.json)')
    .requiredOption('--by <name>', 'who signs off')
    .option('--note <text>', 'a note kept with the sign-off')
    .option('--override <reason>', 'sign off a fail or error verdict anyway, for this reason')
    .action(async (opts: { report: string; by: string; note?: string; override?: string }, cmd: Command) => {
      try {
        const rec = await signoff(opts.report, opts);
        await rewriteReports(opts.report, await readResultDir(opts.report), { signoff: rec });
        process.stdout.write(
          `signed off: ${rec.verdict} by ${rec.by} at ${rec.at}${rec.commit ? ` (commit ${rec.commit.slice(0, 12)})` : ''}, result.json sha256 ${rec.resultSha256}\n`,
        );
        cmd.setOptionValue('exitCode', ExitCode.pass);
      } catch (err) {
        if (!(err instanceof SignoffRefused)) throw err;
        process.stderr.write(`shipgate: ${err.message}\n`);
        cmd.setOptionValue('exitCode', ExitCode.gateFailed);
      }
    });
}
