// The entry points `shipgate migrate` and `shipgate run` used before the probe contract
// (./index.ts); they go when the runner calls the contract. The schema is in ./config.ts, the
// checks in ./prepare.ts.
import { UsageError } from "../../core/errors.js";
import { formatIssues } from "../../core/load-file.js";
import { MigrateConfig } from "./config.js";
import { prepareMigrate } from "./prepare.js";
export { MigrateConfig } from "./config.js";
/** The playbook's migration gates (packaged gate files), with the traffic gates when traffic runs. */
export function migrateDefaultGates(c) {
    return ['migrate.gates.yaml', ...(c.traffic ? ['migrate-traffic.gates.yaml'] : [])];
}
export function parseMigrateConfig(raw, where) {
    const r = MigrateConfig.safeParse(raw);
    if (!r.success)
        throw new UsageError(formatIssues(where, r.error.issues));
    return r.data;
}
/** Everything the probe needs, read and checked. */
export function resolveMigrateOptions(c, where = '--flags') {
    return prepareMigrate(c, where);
}
