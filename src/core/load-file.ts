// One loader for every input file (config, scenarios, gates, waivers): YAML, JSON or
// TypeScript, validated by a zod schema. Every problem is reported at once, each naming the
// file and the path inside it, as knip and k6 do; a bad file is a usage error (exit 2).
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { UsageError } from './errors.ts';

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
      const { tsImport } = await import('tsx/esm/api');
      mod = (await tsImport(pathToFileURL(resolve(file)).href, import.meta.url)) as { default?: unknown };
    } catch (err) {
      throw new UsageError(`${file}: cannot load: ${(err as Error).message.split('\n')[0]}`);
    }
    return { raw: mod.default, lineOf: () => undefined };
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
  return { raw: doc.toJS(), lineOf: (p) => lineOfPath(doc, lineCounter, p) };
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
