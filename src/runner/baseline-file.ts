// Where the accepted baseline lives, and promoting a run to it.
import { copyFile, readFile, stat } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { Result } from './result.ts';
import { UsageError } from '../core/errors.ts';
import { formatIssues } from '../core/load-file.ts';

export const DEFAULT_BASELINE = join('.shipgate', 'baseline', 'result.json');

/** A baseline given as a result.json file or a run folder holding one. */
export async function resolveBaselinePath(fileOrDir: string): Promise<string> {
  try {
    const s = await stat(fileOrDir);
    return s.isDirectory() ? join(fileOrDir, 'result.json') : fileOrDir;
  } catch {
    throw new UsageError(`--baseline ${fileOrDir}: no such file or folder`, `accept a run first: shipgate baseline accept --report DIR`);
  }
}

export async function loadBaseline(fileOrDir: string): Promise<{ path: string; result: Result }> {
  const path = await resolveBaselinePath(fileOrDir);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`${path}: cannot read the baseline: ${(err as Error).message}`);
  }
  const parsed = Result.safeParse(raw);
  if (!parsed.success) throw new UsageError(formatIssues(path, parsed.error.issues));
  return { path, result: parsed.data };
}

/** Promote a run to the baseline. A failed or errored run is refused unless forced. */
export async function acceptBaseline(reportDir: string, to: string, force = false): Promise<Result> {
  const { path, result } = await loadBaseline(reportDir);
  if ((result.verdict === 'fail' || result.verdict === 'error') && !force) {
    throw new UsageError(`${path}: verdict is ${result.verdict}; a baseline should be a run you accept (pass --force to promote it anyway)`);
  }
  await mkdir(dirname(to), { recursive: true });
  await copyFile(path, to);
  return result;
}
