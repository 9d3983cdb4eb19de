// Data files for `{{ source.column }}` templates (Gatling's feeders, k6's SharedArray): CSV
// with a header row or a JSON array of objects, read once before any load. `unique` gives
// each virtual user its own row for its whole life; too few rows is a usage error before
// anything is sent, naming the file and the count needed.
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { UsageError } from '../../core/errors.ts';
import type { DataSource } from './flow-schema.ts';

export type Row = Record<string, string>;

export interface DataFeed {
  readonly name: string;
  readonly rows: Row[];
  readonly order: DataSource['order'];
  /** The row this user's next iteration reads. */
  pick(vu: number): Row;
}

export async function loadRows(file: string, baseDir: string | undefined): Promise<Row[]> {
  const path = resolve(baseDir ?? '.', file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new UsageError(`data file ${file}: ${(err as Error).message}`);
  }
  let rows: unknown;
  try {
    rows = extname(path).toLowerCase() === '.json' ? JSON.parse(text) : parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (err) {
    throw new UsageError(`data file ${file}: ${(err as Error).message}`);
  }
  if (!Array.isArray(rows) || rows.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    throw new UsageError(`data file ${file}: a JSON data file must be an array of objects`);
  }
  if (rows.length === 0) throw new UsageError(`data file ${file} has no rows`);
  // Templates render strings: numbers in JSON rows become their text once, here.
  return (rows as Record<string, unknown>[]).map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
  );
}

export function makeFeed(name: string, source: DataSource, rows: Row[]): DataFeed {
  let next = 0;
  const pick =
    source.order === 'unique'
      ? (vu: number) => rows[vu - 1]!
      : source.order === 'random'
        ? () => rows[Math.floor(Math.random() * rows.length)]!
        : () => rows[next++ % rows.length]!;
  return { name, rows, order: source.order, pick };
}

/** Loads every source; `usersNeeded` is the most distinct virtual users the ramp will start. */
export async function loadFeeds(data: Record<string, DataSource>, baseDir: string | undefined, usersNeeded: number): Promise<DataFeed[]> {
  const feeds: DataFeed[] = [];
  for (const [name, source] of Object.entries(data)) {
    const rows = await loadRows(source.file, baseDir);
    if (source.order === 'unique' && rows.length < usersNeeded) {
      throw new UsageError(
        `data file ${source.file} (${name}, order: unique) has ${rows.length} rows; the ramp starts ${usersNeeded} virtual users, one row each`,
        'add rows, lower the steps, or use order: sequential or random to share rows',
      );
    }
    feeds.push(makeFeed(name, source, rows));
  }
  return feeds;
}
