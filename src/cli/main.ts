// The shipgate command line. Each command's module (and so each probe's libraries) loads only
// when that command runs: `shipgate --version` reads package.json and nothing else. Errors
// carry their exit code; they are mapped here, once (0 pass, 1 gate failed, 2 usage or
// configuration error, 3 a probe could not measure, 130 interrupted).
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { ExitCode, UsageError } from '../core/errors.ts';
import { redactText } from '../lib/redact.ts';

const version = (): string => (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const COMMANDS: Record<string, { description: string; load: () => Promise<Command> }> = {
  run: { description: 'run the probes in the config and judge them into one verdict', load: async () => (await import('./commands/run.ts')).runCommand() },
  report: {
    description: 'render a saved run (result.json) as a report, without measuring',
    load: async () => (await import('./commands/report.ts')).reportCommand(),
  },
  signoff: {
    description: "record a release manager's sign-off of a run's verdict",
    load: async () => (await import('./commands/signoff.ts')).signoffCommand(),
  },
  baseline: {
    description: 'manage the accepted baseline runs are compared with',
    load: async () => (await import('./commands/baseline.ts')).baselineCommand(),
  },
  scenario: {
    description: 'write a ramp scenario from an access log or a browser recording (HAR)',
    load: async () => (await import('./commands/scenario.ts')).scenarioCommand(),
  },
  k6: { description: 'run a ramp on k6 / k6-operator, and gate on its summary', load: async () => (await import('./commands/k6.ts')).k6Command() },
};

async function buildProgram(argv: string[]): Promise<Command> {
  const program = new Command('shipgate')
    .description('load ramps, migration timing, web budgets and dependency audits, judged into one release verdict')
    .version(version())
    .showHelpAfterError('(run with --help for usage)');
  const asked = argv.slice(2).find((a) => !a.startsWith('-'));
  if (asked && COMMANDS[asked]) {
    program.addCommand(await COMMANDS[asked].load());
  } else {
    // A probe's own command (`shipgate ramp`), or help listing every command.
    const { PROBES, probeByCommand } = await import('../runner/registry.ts');
    const probe = asked ? probeByCommand(asked) : undefined;
    if (probe) program.addCommand((await import('./probe-command.ts')).probeCommand(probe));
    else {
      const list = [
        ['run', COMMANDS.run!.description],
        ...PROBES.map((p) => [p.command.name, p.command.description]),
        ...Object.entries(COMMANDS)
          .filter(([n]) => n !== 'run')
          .map(([n, c]) => [n, c.description]),
      ];
      for (const [name, description] of list) program.command(name!).description(description!);
    }
  }
  // commander exits 1 on usage errors; the contract says 2.
  const override = (c: Command) => {
    c.exitOverride();
    c.commands.forEach(override);
  };
  override(program);
  return program;
}

function exitCodeOf(program: Command): number {
  const find = (c: Command): number | undefined => (c.getOptionValue('exitCode') as number | undefined) ?? c.commands.map(find).find((x) => x !== undefined);
  return find(program) ?? 0;
}

export async function main(argv: string[]): Promise<number> {
  if (argv[2] === '--version' || argv[2] === '-V') {
    process.stdout.write(version() + '\n');
    return ExitCode.pass;
  }
  try {
    const program = await buildProgram(argv);
    await program.parseAsync(argv);
    return exitCodeOf(program);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return ExitCode.pass;
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
