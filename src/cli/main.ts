// The shipgate command line. Exit codes are the contract (PRODUCT.md): 0 pass, 1 gate
// failed, 2 usage or configuration error, 3 a probe could not measure, 130 interrupted.
import { Command, CommanderError } from 'commander';
import { UsageError } from '../core/errors.ts';
import { ExitCode } from '../core/exit-codes.ts';
import { redactText } from '../lib/redact.ts';
import { TOOL } from '../runner/session.ts';
import { rampCommand } from './commands/ramp.ts';
import { auditCommand } from './commands/audit.ts';
import { reportCommand } from './commands/report.ts';
import { runCommand } from './commands/run.ts';
import { migrateCommand } from './commands/migrate.ts';
import { webCommand } from './commands/web.ts';
import { signoffCommand } from './commands/signoff.ts';
import { baselineCommand } from './commands/baseline.ts';
import { k6Command } from './commands/k6.ts';

export function buildProgram(): Command {
  const program = new Command('shipgate')
    .description('load ramps, migration timing, web budgets and dependency audits, judged into one release verdict')
    .version(TOOL.version)
    .showHelpAfterError('(run with --help for usage)');
  for (const cmd of [runCommand(), rampCommand(), migrateCommand(), webCommand(), reportCommand(), signoffCommand(), baselineCommand(), k6Command(), auditCommand()]) program.addCommand(cmd);
  // commander exits 1 on usage errors; the contract says 2.
  program.exitOverride();
  const override = (c: Command) => {
    c.exitOverride();
    c.commands.forEach(override);
  };
  program.commands.forEach(override);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    const ran = program.commands.find((c) => c.getOptionValue('exitCode') !== undefined);
    return (ran?.getOptionValue('exitCode') as number | undefined) ?? 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return ExitCode.usage;
    }
    if (err instanceof UsageError) {
      process.stderr.write(redactText(`shipgate: ${err.message}\n${err.hint ? `hint: ${err.hint}\n` : ''}`));
      return ExitCode.usage;
    }
    process.stderr.write(redactText(`shipgate: internal error: ${(err as Error).stack ?? String(err)}\n`));
    return ExitCode.probeError;
  }
}
