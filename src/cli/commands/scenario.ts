// `shipgate scenario from-log|from-har`: write a ramp scenario from what production (an access
// log) or a browser (a HAR recording) did. Nothing is sent; the scenario is checked against the
// schema before it is written, so what is written is what `shipgate ramp --scenario` accepts.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { UsageError } from '../../core/errors.ts';
import { checkScenarioYaml, stemOf } from './scenario-files.ts';
import { parseFieldMap, readAccessLog, type LogFormat } from '../../probes/load/import/access-log.ts';
import { LogTally, scenarioFromLog, scenarioYaml, share } from '../../probes/load/import/from-log.ts';

export function scenarioCommand(): Command {
  const scenario = new Command('scenario').description('write a ramp scenario from an access log or a browser recording (sends nothing)');
  const fromLog = new Command('from-log')
    .description('an access log (nginx/Apache combined, or JSON lines) → a rate-mode scenario with the observed endpoint mix')
    .argument('<file>', 'the access log')
    .addOption(new Option('--format <format>', 'log format (default: guessed from the first line)').choices(['combined', 'json']))
    .option('--fields <k=v,...>', 'JSON lines: field names for method, path, status, time, e.g. method=verb,path=uri,time=ts')
    .option('--out <file>', 'the scenario to write (default: <log name>.ramp.yaml); id data files go beside it')
    .action(async (file: string, opts: { format?: LogFormat; fields?: string; out?: string }, cmd: Command) => {
      await fromLogCmd(file, opts);
      cmd.parent!.setOptionValue('exitCode', 0);
    });
  const fromHar = new Command('from-har')
    .description("a browser recording (HAR 1.2) → a flow of the page's API calls, with captures for tokens (mode users)")
    .argument('<file>', 'the HAR file')
    .option('--out <file>', 'the scenario to write (default: <har name>.ramp.yaml)')
    .action(async (file: string, opts: { out?: string }, cmd: Command) => {
      const { fromHarCmd } = await import('./scenario-har.ts');
      await fromHarCmd(file, opts);
      cmd.parent!.setOptionValue('exitCode', 0);
    });
  for (const c of [fromLog, fromHar]) scenario.addCommand(c.exitOverride());
  return scenario;
}

async function fromLogCmd(file: string, o: { format?: LogFormat; fields?: string; out?: string }): Promise<void> {
  const fields = parseFieldMap(o.fields);
  const tally = new LogTally();
  const log = await readAccessLog(file, o.format, fields, (e) => tally.add(e));
  if (log.read === 0) {
    throw new UsageError(
      `${file}: no ${log.format} log lines found (${log.skipped} lines not read)`,
      log.format === 'json' ? 'name the fields: --fields method=verb,path=uri,status=code,time=ts' : 'pass --format json for JSON lines',
    );
  }
  const out = o.out ?? `${stemOf(file)}.ramp.yaml`;
  const stem = basename(out).replace(/(\.ramp)?\.(ya?ml|json)$/, '');
  const made = scenarioFromLog(tally, { source: file, stem });
  if (made.routes.length === 0) throw new UsageError(`${file}: none of its ${log.read} requests has a method an endpoint can send (GET, POST, ...)`);
  const text = scenarioYaml(made, basename(file), log.skipped);
  checkScenarioYaml(text, out);
  await mkdir(dirname(out) || '.', { recursive: true });
  for (const [name, csv] of Object.entries(made.dataFiles)) await writeFile(join(dirname(out), name), csv);
  await writeFile(out, text);
  const lines = [
    `read ${log.read} requests from ${file} (${log.format}${log.skipped ? `, ${log.skipped} lines not read` : ''}${made.otherMethods ? `, ${made.otherMethods} with other methods left out` : ''})`,
    `wrote ${out}: ${made.routes.length} endpoints, mode rate${made.rates ? `, steps ${(made.scenario.steps as number[]).join(', ')} requests/s (peak ${made.rates.peakRps.toFixed(1)}/s, average ${made.rates.averageRps.toFixed(1)}/s)` : ', no times in the log: set steps'}`,
    ...Object.keys(made.dataFiles).map((f) => `wrote ${join(dirname(out), f)}`),
    '',
    'share   weight  endpoint',
  ];
  const endpoints = made.scenario.endpoints as { weight: number }[];
  const wsum = endpoints.reduce((a, e) => a + e.weight, 0);
  made.routes.forEach((r, i) => {
    lines.push(`${share(r.count / made.total).padStart(6)}  ${share(endpoints[i]!.weight / wsum).padStart(6)}  ${r.name}`);
  });
  process.stdout.write(`${lines.join('\n')}\n`);
}
