// `shipgate report --in DIR`: render a saved result.json again, without measuring anything.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { Result } from '../../core/result-schema.ts';
import { UsageError } from '../../core/errors.ts';
import { formatIssues } from '../../config/load-file.ts';
import { renderMarkdown } from '../../reports/markdown.ts';
import { renderTerminal } from '../../reports/terminal.ts';
import { writeFileAtomic } from '../../core/atomic-write.ts';
import { exitCodeFor } from '../../core/exit-codes.ts';

export const REPORT_FORMATS = ['md', 'terminal'] as const;

export function reportCommand(): Command {
  return new Command('report')
    .description('render a saved run (result.json) as a report')
    .requiredOption('--in <dir>', 'a run folder holding result.json')
    .addOption(new Option('--format <format>', 'report format').choices([...REPORT_FORMATS]).default('md'))
    .option('--stdout', 'print the report instead of writing it beside result.json')
    .action(async (opts: { in: string; format: (typeof REPORT_FORMATS)[number]; stdout?: boolean }, cmd: Command) => {
      const result = await readResult(opts.in);
      if (opts.format === 'terminal') {
        process.stdout.write(renderTerminal(result) + '\n');
      } else {
        const md = renderMarkdown(result);
        if (opts.stdout) process.stdout.write(md);
        else {
          const file = join(opts.in, 'report.md');
          await writeFileAtomic(file, md);
          process.stdout.write(`${file}\n`);
        }
      }
      cmd.setOptionValue('exitCode', exitCodeFor(result.verdict, result.interrupted));
    });
}

export async function readResult(dir: string): Promise<Result> {
  const file = join(dir, 'result.json');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`${file}: cannot read: ${(err as Error).message}`);
  }
  const parsed = Result.safeParse(raw);
  if (!parsed.success) throw new UsageError(formatIssues(file, parsed.error.issues));
  return parsed.data;
}
