// `shipgate scenario from-har FILE [--out FILE]` (see scenario.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError } from '../../core/errors.ts';
import { formatIssues } from '../../core/load-file.ts';
import { Har } from '../../probes/load/import/har.ts';
import { flowFromHar, harScenarioYaml } from '../../probes/load/import/from-har.ts';
import { checkScenarioYaml, readInput, stemOf } from './scenario-files.ts';

export async function fromHarCmd(file: string, o: { out?: string }): Promise<void> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readInput(file));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(
      `${file}: not JSON (${(err as Error).message}); a HAR file is JSON`,
      'save it from the browser: DevTools > Network > Export HAR, or playwright recordHar',
    );
  }
  const har = Har.safeParse(raw);
  if (!har.success) throw new UsageError(formatIssues(file, har.error.issues), 'a HAR 1.2 file has log.entries[] with request and response');
  const out = o.out ?? `${stemOf(file)}.ramp.yaml`;
  const stem = out.replace(/^.*\//, '').replace(/(\.ramp)?\.(ya?ml|json)$/, '');
  const made = flowFromHar(har.data, stem);
  if (made.steps.length === 0) {
    throw new UsageError(
      `${file}: no API calls to ${made.origin} in the recording (${har.data.log.entries.length} entries, all static, third-party or unanswered)`,
    );
  }
  const text = harScenarioYaml(made, file.replace(/^.*\//, ''));
  checkScenarioYaml(text, out);
  await mkdir(dirname(out) || '.', { recursive: true });
  await writeFile(out, text);
  const left = Object.entries(made.skipped).map(([why, n]) => `${n} ${why}`);
  const lines = [
    `read ${har.data.log.entries.length} requests from ${file}; the page is ${made.origin}`,
    `wrote ${out}: ${made.steps.length} flow steps (mode users)${left.length ? `; left out: ${left.join(', ')}` : ''}`,
    ...made.steps.map((s) => `  ${s.once ? 'once ' : '     '}${s.name.padEnd(28)} ${s.request.method} ${s.request.path}${s.think ? `  think ${s.think}` : ''}`),
    ...made.correlations.map((c) => `captured {{ ${c.variable} }} from ${c.from}, sent by ${c.uses} later request(s)`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
