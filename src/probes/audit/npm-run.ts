// Run one npm command that prints JSON (`npm audit --json`, `npm outdated --json`), bounded:
// a time limit and the session's abort signal both kill npm's whole process group. npm's
// own configuration applies untouched (.npmrc, npm_config_registry, proxies).
import { spawn } from 'node:child_process';
import { ProbeError } from '../../core/errors.ts';
import { formatDuration } from '../../lib/duration.ts';
import { redactText } from '../../lib/redact.ts';
import { track } from '../../core/reaper.ts';

export interface NpmRun {
  /** Parsed stdout; undefined when stdout was not JSON. */
  json: unknown;
  stdout: string;
  stderr: string;
  code: number | null;
}

export async function runNpmJson(args: string[], opts: { cwd: string; timeoutMs: number; signal?: AbortSignal; npm?: string }): Promise<NpmRun> {
  const what = `npm ${args.join(' ')}`;
  if (opts.signal?.aborted) throw new ProbeError(`${what} not started: the run was stopped`);
  const child = spawn(opts.npm ?? 'npm', args, {
    cwd: opts.cwd,
    detached: true, // its own process group, so a kill reaches anything npm started
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
  });
  const untrack = child.pid ? track({ group: child.pid }) : () => {};
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  let stopped: string | undefined;
  const kill = (why: string) => {
    stopped ??= why;
    try {
      process.kill(-child.pid!, 'SIGTERM');
      setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 1000).unref();
    } catch {
      /* gone */
    }
  };
  const timer = setTimeout(() => kill(`did not finish within ${formatDuration(opts.timeoutMs)}; stopped it`), opts.timeoutMs);
  const onAbort = () => kill('was stopped: the run was interrupted');
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (c) => resolve(c));
    });
    if (stopped) throw new ProbeError(`${what} ${stopped}`);
    let json: unknown;
    try {
      json = stdout.trim() ? JSON.parse(stdout) : undefined;
    } catch {
      json = undefined;
    }
    return { json, stdout, stderr, code };
  } catch (err) {
    if (err instanceof ProbeError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ProbeError(code === 'ENOENT' ? `npm is not installed (no \`npm\` on PATH) to run ${what}` : `${what}: ${(err as Error).message}`);
  } finally {
    clearTimeout(timer);
    untrack();
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** The last meaningful line npm wrote to stderr, for messages. */
export function npmStderrSummary(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/complete log of this run/i.test(l));
  return redactText(lines.slice(-2).join(' / '));
}
