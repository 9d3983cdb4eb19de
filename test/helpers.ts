// Shared test helpers: run the real CLI, start the real demo service.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RunningService } from '../src/core/service.ts';
import { startDemoService } from '../src/demo/start-demo.ts';
import type { Result } from '../src/runner/result.ts';
import { validateWithPublishedSchema } from './schema-validate.ts';

export const ROOT = join(import.meta.dirname, '..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `shipgate ...args` as a user would, through bin/shipgate.js. */
export function runCli(args: string[], opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/shipgate.js'), ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, CI: 'true', ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`shipgate ${args.join(' ')} did not finish in time\n${stderr}`));
    }, opts.timeoutMs ?? 110_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export function tempDir(prefix = 'shipgate-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Reads a result.json and validates it against the published JSON Schema and the zod types. */
export function readResult(dir: string): Result {
  const raw = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8'));
  const errors = validateWithPublishedSchema(raw);
  if (errors.length) throw new Error(`${dir}/result.json does not match schema/result.schema.json:\n${errors.join('\n')}`);
  return zodResult.parse(raw);
}

// The zod types from the build the CLI under test runs (dist/, made by the e2e setup), loaded by
// Node itself (vitest.config.ts externalizes dist/): transformed from src/ for every test file,
// the registry and every probe cost ~1.8 s of CPU per file.
const zodResult = ((await import(pathToFileURL(join(ROOT, 'dist', 'runner', 'result.js')).href)) as typeof import('../src/runner/result.ts')).Result;

/** The demo service with a known capacity: `capacity` requests at once, 503 beyond. */
export function startDemo(args: string): Promise<RunningService> {
  return startDemoService(args);
}

/** Starts `shipgate ...args` and lets a test wait for lines on its stderr before acting.
 * `exited` rejects (and the process is killed) when it runs longer than `timeoutMs`. */
export function spawnCli(args: string[], opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/shipgate.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.resume();
  const exited = new Promise<{ code: number | null; at: number }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`shipgate ${args.join(' ')} did not finish within ${opts.timeoutMs ?? 110_000} ms\n${stderr}`));
    }, opts.timeoutMs ?? 110_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, at: performance.now() });
    });
  });
  exited.catch(() => undefined); // a test that failed before awaiting it gets no stray rejection
  const waitFor = async (re: RegExp, timeoutMs = 60_000) => {
    const until = Date.now() + timeoutMs;
    while (!re.test(stderr)) {
      if (Date.now() > until) throw new Error(`never saw ${re}: ${stderr}`);
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode} before ${re}: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, exited, waitFor, stderr: () => stderr };
}

/** Whether `pid` still runs. A zombie (killed, not yet reaped by init) counts as gone, as in
 * helpers/proc-tree.ts: it holds no resources, only its pid. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false; // gone between the two looks
  }
}
