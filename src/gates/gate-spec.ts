// Gates as data: `gates/*.gates.yaml` groups gates by probe. Parsing and type-validation of
// each expression happen here, at load time, so a bad gate stops the run before anything is
// measured (exit 2) with the file, the path inside it and a hint.
import { z } from 'zod';
import { ProbeName } from '../runner/result.ts';
import { GateLevel } from '../core/result.ts';
import { readRaw, formatIssues } from '../core/load-file.ts';
import { UsageError } from '../core/errors.ts';
import { parseThreshold, validateThreshold, ThresholdSyntaxError, type Threshold } from './threshold-parser.ts';
import { metricCatalog } from './metric-catalog.ts';
import { catalogKey, parseMetricName } from '../lib/metric-name.ts';

export const GateDef = z.strictObject({
  id: z.string().min(1).optional(),
  metric: z.string().min(1),
  expression: z.string().min(1),
  level: GateLevel.default('fail'),
  /** A gate whose tags match nothing measured is dropped instead of failing closed
   * (the shipped per-device web budgets are optional: a desktop-only run has no mobile page). */
  optional: z.boolean().default(false),
  description: z.string().optional(),
});
export type GateDef = z.infer<typeof GateDef>;
export type GateDefIn = Omit<GateDef, 'optional'> & { optional?: boolean };

const ProbeGates = z.strictObject({ gates: z.array(GateDef).default([]) });

export const GateFile = z.strictObject({
  description: z.string().optional(),
  load: ProbeGates.optional(),
  migrate: ProbeGates.optional(),
  web: ProbeGates.optional(),
  audit: ProbeGates.optional(),
});

export interface GateSpec {
  id: string;
  probe: ProbeName;
  metric: string;
  expression: string;
  threshold: Threshold;
  level: GateLevel;
  /** Dropped, not failed, when its tags match nothing measured. */
  optional?: boolean;
  /** One of the playbook's defaults (not named by the user). */
  fromDefaults?: boolean;
  source?: { file: string; line?: number };
}

/** Parse and validate one gate; throws UsageError naming `where`. */
export function compileGate(
  probe: ProbeName,
  def: GateDefIn,
  where: string,
  source?: GateSpec['source'],
): GateSpec {
  const catalog = metricCatalog[probe];
  const key = catalogKey(catalog, parseMetricName(def.metric).base);
  const type = key ? catalog[key] : undefined;
  if (!type) {
    throw new UsageError(
      `${where}.metric: unknown ${probe} metric "${def.metric}"; known: ${Object.keys(catalog).join(', ') || '(none yet)'}`,
    );
  }
  let threshold: Threshold;
  try {
    threshold = parseThreshold(def.expression);
    validateThreshold(threshold, type, def.metric);
  } catch (err) {
    if (err instanceof ThresholdSyntaxError) throw new UsageError(`${where}.expression: ${err.message}`);
    throw err;
  }
  return {
    id: def.id ?? `${probe}.${def.metric}.${def.expression.replace(/\s+/g, '')}`,
    probe,
    metric: def.metric,
    expression: def.expression,
    threshold,
    level: def.level,
    ...(def.optional ? { optional: true } : {}),
    source,
  };
}

/** Load a gate file; every bad gate in it is reported at once, shape and expressions alike. */
export async function loadGateFile(file: string): Promise<GateSpec[]> {
  return (await loadGateFileSections(file)).specs;
}

/** A gate file's gates, and which probes it has a section for (even an empty one). */
export async function loadGateFileSections(file: string): Promise<{ file: string; specs: GateSpec[]; sections: ProbeName[] }> {
  const { raw, lineOf } = await readRaw(file);
  const parsed = GateFile.safeParse(raw);
  const problems: string[] = parsed.success ? [] : formatIssues(file, parsed.error.issues).split('\n');
  const specs: GateSpec[] = [];
  // Expressions and metrics are checked even when other fields of the file are wrong, so one
  // run shows every problem. The raw data is read directly when the shape did not parse.
  const data = (parsed.success ? parsed.data : raw) as Record<string, { gates?: unknown } | undefined> | null;
  for (const probe of ProbeName.options) {
    const defs = data && typeof data === 'object' ? data[probe]?.gates : undefined;
    if (!Array.isArray(defs)) continue;
    defs.forEach((def: unknown, i) => {
      const g = def as Partial<GateDef> | null;
      if (!g || typeof g !== 'object' || typeof g.metric !== 'string' || typeof g.expression !== 'string') return;
      const level = g.level === 'warn' || g.level === 'fail' ? g.level : 'fail';
      try {
        const spec = compileGate(probe, { ...g, metric: g.metric, expression: g.expression, level, optional: g.optional === true } as GateDef, `${file}: ${probe}.gates[${i}]`, {
          file,
          ...(lineOf([probe, 'gates', i]) ? { line: lineOf([probe, 'gates', i])! } : {}),
        });
        specs.push(spec);
      } catch (err) {
        if (err instanceof UsageError) problems.push(err.message);
        else throw err;
      }
    });
  }
  if (problems.length) throw new UsageError(problems.join('\n'));
  const seen = new Set<string>();
  for (const s of specs) {
    if (seen.has(s.id)) throw new UsageError(`${file}: gate id "${s.id}" is used twice`);
    seen.add(s.id);
  }
  const sections = ProbeName.options.filter((p) => data && typeof data === 'object' && data[p] !== undefined && data[p] !== null);
  return { file, specs, sections };
}
