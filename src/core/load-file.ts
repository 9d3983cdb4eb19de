// One loader for every input file (config, scenarios, gates, waivers): YAML, JSON or
// TypeScript, validated by a zod schema. Every problem is reported at once, each naming the
// file and the path inside it, as knip and k6 do; a bad file is a usage error (exit 2).
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { UsageError } from './errors.ts';
import { resolveShipgateToSelf } from './self-resolve.ts';

export interface LoadedFile<T> {
  file: string;
  data: T;
  /** 1-based line of a path inside the file, when the format keeps positions (YAML, JSON). */
  lineOf(path: ReadonlyArray<string | number>): number | undefined;
}

export async function loadFile<S extends z.ZodType>(file: string, schema: S): Promise<LoadedFile<z.infer<S>>> {
  const { raw, lineOf } = await readRaw(file);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new UsageError(formatIssues(file, parsed.error.issues));
  }
  return { file, data: parsed.data, lineOf };
}

/** The file's data before validation, for callers that merge it with flags first. */
export async function readRaw(file: string): Promise<{ raw: unknown; lineOf: (p: ReadonlyArray<string | number>) => number | undefined }> {
  const ext = extname(file);
  if (ext === '.ts' || ext === '.mts' || ext === '.js' || ext === '.mjs') {
    let mod: { default?: unknown };
    try {
      resolveShipgateToSelf();
      const { tsImport } = await import('tsx/esm/api');
      mod = (await tsImport(pathToFileURL(resolve(file)).href, import.meta.url)) as { default?: unknown };
    } catch (err) {
      throw new UsageError(`${file}: cannot load: ${(err as Error).message.split('\n')[0]}`);
    }
    return { raw: unwrapDefault(mod.default), lineOf: () => undefined };
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  // YAML is a superset of JSON, so one parser serves both and keeps line positions.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    const msgs = doc.errors.map((e) => {
      const pos = e.linePos?.[0];
      return `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
    });
    throw new UsageError(msgs.join('\n'));
  }
  return { raw: substituteEnv(file, doc.toJS()), lineOf: (p) => lineOfPath(doc, lineCounter, p) };
}

/**
 * In a CommonJS project tsx loads a TypeScript config as CommonJS: `export default x` becomes
 * `module.exports.default = x`, which an ESM import sees as `{ default: { default: x } }`.
 */
function unwrapDefault(v: unknown): unknown {
  if (v && typeof v === 'object' && 'default' in v) {
    const keys = Object.keys(v).filter((k) => k !== '__esModule');
    if (keys.length === 1 && keys[0] === 'default') return (v as { default: unknown }).default;
  }
  return v;
}

/**
 * `${VAR}` and `${VAR:-default}` in a YAML or JSON file's strings take the environment's
 * values (targets and secrets usually come from CI); `$${` writes a literal `${`. A variable
 * that is not set and has no default is a usage error naming the file and the path.
 */
export function substituteEnv(file: string, value: unknown, env: NodeJS.ProcessEnv = process.env): unknown {
  const problems: string[] = [];
  const walk = (v: unknown, path: (string | number)[]): unknown => {
    if (typeof v === 'string') {
      return v.replace(
        /\$(\$)?\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g,
        (whole, escaped: string | undefined, name: string, fallback: string | undefined) => {
          if (escaped) return whole.slice(1);
          const got = env[name];
          if (got !== undefined && got !== '') return got;
          if (fallback !== undefined) return fallback;
          problems.push(`${file}: ${formatPath(path)}: \${${name}} is not set (write \${${name}:-default} for a default)`);
          return whole;
        },
      );
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]));
    if (v && typeof v === 'object' && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...path, k])]));
    return v;
  };
  const out = walk(value, []);
  if (problems.length) throw new UsageError(problems.join('\n'));
  return out;
}

function lineOfPath(doc: Document, lc: LineCounter, path: ReadonlyArray<string | number>): number | undefined {
  const node = doc.getIn(path, true);
  if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
  return undefined;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/** One line per issue even when a key or value from the file holds a newline. */
const oneLine = (s: string) => s.replace(/\r?\n/g, '\\n');

export function formatIssues(file: string, issues: ReadonlyArray<z.core.$ZodIssue>): string {
  return issues.map((i) => `${file}: ${oneLine(formatPath(i.path))}: ${oneLine(i.message)}`).join('\n');
}
