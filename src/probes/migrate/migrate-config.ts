// The entry points `shipgate migrate` and `shipgate run` used before the probe contract
// (./index.ts); they go when the runner calls the contract. The schema is in ./config.ts, the
// checks in ./prepare.ts.
import { UsageError } from '../../core/errors.ts';
import { formatIssues } from '../../core/load-file.ts';
import { MigrateConfig } from './config.ts';
import { prepareMigrate, type MigratePrepared } from './prepare.ts';

export { MigrateConfig } from './config.ts';

/** The playbook's migration gates (packaged gate files), with the traffic gates when traffic runs. */
export function migrateDefaultGates(c: Pick<MigrateConfig, 'traffic'>): string[] {
  return ['migrate.gates.yaml', ...(c.traffic ? ['migrate-traffic.gates.yaml'] : [])];
}

export function parseMigrateConfig(raw: unknown, where: string): MigrateConfig {
  const r = MigrateConfig.safeParse(raw);
  if (!r.success) throw new UsageError(formatIssues(where, r.error.issues));
  return r.data;
}

/** Everything the probe needs, read and checked. */
export function resolveMigrateOptions(c: MigrateConfig, where = '--flags'): Promise<MigratePrepared> {
  return prepareMigrate(c, where);
}
