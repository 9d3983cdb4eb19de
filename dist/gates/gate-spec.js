// Gates as data: `gates/*.gates.yaml` groups gates by probe. Parsing and type-validation of
// each expression happen here, at load time, so a bad gate stops the run before anything is
// measured (exit 2) with the file, the path inside it and a hint. Which probes and metrics
// exist is the registry's to say: it is passed in as the catalogs.
import { z } from 'zod';
import { GateLevel } from "../core/result.js";
import { readRaw, formatIssues } from "../core/load-file.js";
import { UsageError } from "../core/errors.js";
import { parseThreshold, validateThreshold, ThresholdSyntaxError } from "../lib/threshold.js";
import { catalogKey, parseMetricName } from "../lib/metric-name.js";
export const GateDefSchema = z.strictObject({
    id: z.string().min(1).optional(),
    metric: z.string().min(1),
    expression: z.string().min(1),
    level: GateLevel.default('fail'),
    /** A gate whose tags match nothing measured is dropped instead of failing closed
     * (the shipped per-device web budgets are optional: a desktop-only run has no mobile page). */
    optional: z.boolean().default(false),
    description: z.string().optional(),
});
const ProbeGates = z.strictObject({ gates: z.array(GateDefSchema).default([]) });
/** The shape of a gate file: a section per probe the registry knows. */
export function gateFileSchema(catalogs) {
    return z.strictObject({
        description: z.string().optional(),
        ...Object.fromEntries(Object.keys(catalogs).map((p) => [p, ProbeGates.optional()])),
    });
}
/** Parse and validate one gate; throws UsageError naming `where`. */
export function compileGate(probe, def, where, catalogs, source) {
    const catalog = catalogs[probe];
    if (!catalog)
        throw new UsageError(`${where}: unknown probe "${probe}"; known: ${Object.keys(catalogs).join(', ')}`);
    const key = catalogKey(catalog, parseMetricName(def.metric).base);
    const info = key ? catalog[key] : undefined;
    if (!info) {
        throw new UsageError(`${where}.metric: unknown ${probe} metric "${def.metric}"; known: ${Object.keys(catalog).join(', ') || '(none yet)'}`);
    }
    let threshold;
    try {
        threshold = parseThreshold(def.expression);
        validateThreshold(threshold, info.type, def.metric);
    }
    catch (err) {
        if (err instanceof ThresholdSyntaxError)
            throw new UsageError(`${where}.expression: ${err.message}`);
        throw err;
    }
    return {
        id: def.id ?? `${probe}.${def.metric}.${def.expression.replace(/\s+/g, '')}`,
        probe,
        metric: def.metric,
        expression: def.expression,
        threshold,
        level: def.level ?? 'fail',
        ...(def.optional ? { optional: true } : {}),
        ...(source ? { source } : {}),
    };
}
/** Compile several; every problem reported at once. */
export function compileGates(probe, defs, where, catalogs) {
    const problems = [];
    const out = [];
    defs.forEach((d, i) => {
        try {
            out.push(compileGate(probe, d, defs.length > 1 ? `${where}[${i}]` : where, catalogs, d.source));
        }
        catch (err) {
            if (err instanceof UsageError)
                problems.push(err.message);
            else
                throw err;
        }
    });
    if (problems.length)
        throw new UsageError(problems.join('\n'));
    return out;
}
/** Load a gate file; every bad gate in it is reported at once, shape and expressions alike. */
export async function loadGateFile(file, catalogs) {
    const { raw, lineOf } = await readRaw(file);
    const parsed = gateFileSchema(catalogs).safeParse(raw);
    const problems = parsed.success ? [] : formatIssues(file, parsed.error.issues).split('\n');
    const specs = [];
    // Expressions and metrics are checked even when other fields of the file are wrong, so one
    // run shows every problem. The raw data is read directly when the shape did not parse.
    const data = (parsed.success ? parsed.data : raw);
    const probes = Object.keys(catalogs);
    for (const probe of probes) {
        const defs = data && typeof data === 'object' ? data[probe]?.gates : undefined;
        if (!Array.isArray(defs))
            continue;
        defs.forEach((def, i) => {
            const g = def;
            if (!g || typeof g !== 'object' || typeof g.metric !== 'string' || typeof g.expression !== 'string')
                return;
            const level = g.level === 'warn' || g.level === 'fail' ? g.level : 'fail';
            const line = lineOf([probe, 'gates', i]);
            try {
                specs.push(compileGate(probe, { ...g, metric: g.metric, expression: g.expression, level, optional: g.optional === true }, `${file}: ${probe}.gates[${i}]`, catalogs, {
                    file,
                    ...(line ? { line } : {}),
                }));
            }
            catch (err) {
                if (err instanceof UsageError)
                    problems.push(err.message);
                else
                    throw err;
            }
        });
    }
    if (problems.length)
        throw new UsageError(problems.join('\n'));
    const seen = new Set();
    for (const s of specs) {
        if (seen.has(s.id))
            throw new UsageError(`${file}: gate id "${s.id}" is used twice`);
        seen.add(s.id);
    }
    const sections = probes.filter((p) => data && typeof data === 'object' && data[p] !== undefined && data[p] !== null);
    return { file, specs, sections };
}
