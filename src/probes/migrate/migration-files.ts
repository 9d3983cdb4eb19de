// A folder of migrations in the order they run: `NNN_name.sql` and golang-migrate's
// `NNN_name.up.sql` (its `.down.sql` files are skipped), ordered by the number.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../../core/errors.ts';
import { needsNoTransaction, splitSql, type SqlStatement } from './sql-split.ts';

export interface MigrationFile {
  file: string;
  path: string;
  version: number;
  statements: SqlStatement[];
  /** Run statement by statement outside a transaction (CONCURRENTLY, or the directive). */
  noTransaction: boolean;
}

const NAME = /^(\d+)[_-][^/]*\.sql$/;

/** `name` says where the folder was set, in messages (default: the flag). */
export async function readMigrations(dir: string, name = `--migrations ${dir}`): Promise<MigrationFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    throw new UsageError(`${name}: cannot read the folder: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const sql = names.filter((n) => n.endsWith('.sql') && !n.endsWith('.down.sql'));
  const bad = sql.filter((n) => !NAME.test(n));
  if (bad.length) {
    throw new UsageError(`${name}: ${bad.join(', ')}: name migrations NNN_name.sql or NNN_name.up.sql so their order is clear`);
  }
  const files: MigrationFile[] = [];
  for (const name of sql) {
    const path = join(dir, name);
    const text = await readFile(path, 'utf8');
    const statements = splitSql(text);
    files.push({ file: name, path, version: Number(NAME.exec(name)![1]), statements, noTransaction: needsNoTransaction(statements, text) });
  }
  files.sort((a, b) => a.version - b.version || a.file.localeCompare(b.file));
  const seen = new Map<number, string>();
  for (const f of files) {
    const other = seen.get(f.version);
    if (other) throw new UsageError(`${name}: ${other} and ${f.file} have the same version ${f.version}`);
    seen.set(f.version, f.file);
  }
  if (files.length === 0) throw new UsageError(`${name}: no NNN_name.sql files in the folder`);
  return files;
}
