// Run one npm command that prints JSON (`npm audit --json`, `npm outdated --json`), bounded:
// a time limit and the session's abort signal both kill npm's whole process group. npm's
// own configuration applies untouched (.npmrc, npm_config_registry, proxies).
import { spawn } from 'node:child_process';
import { ProbeError } from "../../core/errors.js";
import { formatDuration } from "../../lib/duration.js";
import { redactText } from "../../lib/redact.js";
import { track } from "../../core/reaper.js";
export async function runNpmJson(args, opts) {
    const what = `npm ${args.join(' ')}`;
    if (opts.signal?.aborted)
        throw new ProbeError(`${what} not started: the run was stopped`);
    const child = spawn(opts.npm ?? 'npm', args, {
        cwd: opts.cwd,
        detached: true, // its own process group, so a kill reaches anything npm started
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
    });
    const untrack = child.pid ? track({ group: child.pid }) : () => { };
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d.toString()));
    child.stderr.on('data', (d) => (stderr = (stderr + d.toString()).slice(-4000)));
    let stopped;
    const kill = (why) => {
        stopped ??= why;
        try {
            process.kill(-child.pid, 'SIGTERM');
            setTimeout(() => {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    /* gone */
                }
            }, 1000).unref();
        }
        catch {
            /* gone */
        }
    };
    const timer = setTimeout(() => kill(`did not finish within ${formatDuration(opts.timeoutMs)}; stopped it`), opts.timeoutMs);
    const onAbort = () => kill('was stopped: the run was interrupted');
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
        const code = await new Promise((resolve, reject) => {
            child.on('error', reject);
            child.on('close', (c) => resolve(c));
        });
        if (stopped)
            throw new ProbeError(`${what} ${stopped}`);
        let json;
        try {
            json = stdout.trim() ? JSON.parse(stdout) : undefined;
        }
        catch {
            json = undefined;
        }
        return { json, stdout, stderr, code };
    }
    catch (err) {
        if (err instanceof ProbeError)
            throw err;
        const code = err.code;
        throw new ProbeError(code === 'ENOENT' ? `npm is not installed (no \`npm\` on PATH) to run ${what}` : `${what}: ${err.message}`);
    }
    finally {
        clearTimeout(timer);
        untrack();
        opts.signal?.removeEventListener('abort', onAbort);
    }
}
/** The last meaningful line npm wrote to stderr, for messages. */
export function npmStderrSummary(stderr) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/complete log of this run/i.test(l));
    return redactText(lines.slice(-2).join(' / '));
}
