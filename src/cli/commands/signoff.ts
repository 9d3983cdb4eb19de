// `shipgate signoff --report DIR --by NAME [--note TEXT] [--override REASON]`
import { Command } from 'commander';
import { join } from 'node:path';
import { signoff, SignoffRefused } from '../../signoff/signoff.ts';
import { readResult } from './report.ts';
import { renderMarkdown } from '../../reports/markdown.ts';
import { renderHtml } from '../../reports/html.ts';
import { writeFileAtomic } from '../../core/atomic-write.ts';
import { ExitCode } from '../../core/exit-codes.ts';
import { REPORT_FILES } from '../../reports/write-reports.ts';

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
        const result = await readResult(opts.report);
        await writeFileAtomic(join(opts.report, REPORT_FILES.md), renderMarkdown(result, { signoff: rec }));
        await writeFileAtomic(join(opts.report, REPORT_FILES.html), await renderHtml(result, { signoff: rec }));
        process.stdout.write(`signed off: ${rec.verdict} by ${rec.by} at ${rec.at}${rec.commit ? ` (commit ${rec.commit.slice(0, 12)})` : ''}, result.json sha256 ${rec.resultSha256}\n`);
        cmd.setOptionValue('exitCode', ExitCode.pass);
      } catch (err) {
        if (!(err instanceof SignoffRefused)) throw err;
        process.stderr.write(`shipgate: ${err.message}\n`);
        cmd.setOptionValue('exitCode', ExitCode.gateFailed);
      }
    });
}
