// A ramp scenario from a file (`scenarios/*.ramp.yaml|json|ts`), an inline config object,
// or nothing (the playbook defaults), with command-line overrides applied before validation.
import { RampScenario, type RampScenarioInput } from './scenario.ts';
import { readRaw, formatIssues } from '../../core/load-file.ts';
import { UsageError } from '../../core/errors.ts';
import { dirname, resolve } from 'node:path';

export async function resolveRampScenario(
  source: string | RampScenarioInput | undefined,
  overrides: Partial<RampScenarioInput>,
  where = 'load',
): Promise<RampScenario> {
  let base: unknown = {};
  let file = where;
  if (typeof source === 'string') {
    base = (await readRaw(source)).raw;
    file = source;
    // Data files are read relative to the scenario that names them.
    if (typeof base === 'object' && base !== null && !Array.isArray(base) && !('baseDir' in base)) base = { ...base, baseDir: dirname(resolve(source)) };
  } else if (source) {
    base = source;
  }
  if (typeof base !== 'object' || base === null || Array.isArray(base)) {
    throw new UsageError(`${file}: a ramp scenario must be a mapping of settings`);
  }
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const parsed = RampScenario.safeParse({ ...base, ...defined });
  if (!parsed.success) throw new UsageError(formatIssues(file, parsed.error.issues));
  return parsed.data;
}
