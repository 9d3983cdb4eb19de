// What `scenario from-log` and `from-har` share: reading the input, naming the output, and
// checking that what they wrote is a scenario `shipgate ramp` accepts.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../../core/errors.ts';
import { formatIssues } from '../../core/load-file.ts';
import { RampScenario } from '../../probes/load/scenario.ts';

export async function readInput(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`${file}: ${(err as Error).message}`);
  }
}

/** `access.log.1` → `access`; `rec.har` → `rec`. */
export function stemOf(file: string): string {
  return basename(file).replace(/\..*$/, '') || 'scenario';
}

/** Checks the YAML parses back into a RampScenario (a generator bug is an internal error, not a bad file). */
export function checkScenarioYaml(yamlText: string, where: string): void {
  const parsed = RampScenario.safeParse(parse(yamlText));
  if (!parsed.success) throw new Error(`generated scenario is invalid: ${formatIssues(where, parsed.error.issues)}`);
}
