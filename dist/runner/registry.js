import { loadProbe } from "../probes/load/index.js";
import { migrateProbe } from "../probes/migrate/index.js";
import { auditProbe } from "../probes/audit/index.js";
import { webProbe } from "../probes/web/index.js";
/** In the order `shipgate run` measures them: load first, web last (it needs the browser). */
export const PROBES = [loadProbe, migrateProbe, auditProbe, webProbe];
export const PROBE_NAMES = PROBES.map((p) => p.name);
export function probeByName(name) {
    return PROBES.find((p) => p.name === name);
}
export function probeByCommand(command) {
    return PROBES.find((p) => p.command.name === command);
}
/** Probe name → its metric catalog, for gate files. */
export const CATALOGS = Object.fromEntries(PROBES.map((p) => [p.name, p.metrics.catalog]));
