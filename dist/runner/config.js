// shipgate.config.{ts,mts,js,mjs,json,yaml,yml}: which probes `shipgate run` runs, against
// what, judged by which gate files. The outline is here; each probe's section is the probe's
// own schema (from the registry), so an unknown key or a bad value names the file and path.
import { z } from 'zod';
import { DurationMs } from "../lib/duration.js";
import { loadFile } from "../core/load-file.js";
import { BaselinePolicy } from "../baseline/compare.js";
import { PROBES } from "./registry.js";
const Common = {
    /** Hosts other than loopback that may receive load. */
    allowHosts: z.array(z.string()).default([]),
    /** Gate files, relative to the working directory. A probe no file has a section for is
     * judged by the playbook's defaults shipped with shipgate. */
    gates: z.array(z.string()).default([]),
    /** Hard cap on the whole run. */
    maxRunTime: DurationMs.default(30 * 60_000),
    /** The accepted baseline (`shipgate baseline accept`) and how differences are judged. */
    baseline: BaselinePolicy.extend({ file: z.string().optional() }).optional(),
};
const CommonSchema = z.strictObject(Common);
export const ShipgateConfig = z.strictObject({
    ...Common,
    ...Object.fromEntries(PROBES.map((p) => [p.name, p.config.optional()])),
});
/** Typed helper for shipgate.config.ts: `export default defineConfig({ ... })`. */
export function defineConfig(config) {
    return config;
}
export async function loadConfig(file) {
    return (await loadFile(file, ShipgateConfig)).data;
}
