// Start a service for the run to measure (the demo, or --target-cmd), wait until it is
// ready, and stop it with its whole process group afterwards: no orphan processes.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ProbeError } from "./errors.js";
import { track } from "./reaper.js";
export async function freePort() {
    return new Promise((resolve, reject) => {
        const srv = createServer();
        srv.unref();
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const addr = srv.address();
            const port = typeof addr === 'object' && addr ? addr.port : 0;
            srv.close(() => resolve(port));
        });
    });
}
const live = new Set();
function killGroup(child, signal) {
    try {
        if (child.pid)
            process.kill(-child.pid, signal);
    }
    catch {
        /* already gone */
    }
}
// Last resort on exit: a service we started never outlives us.
process.on('exit', () => {
    for (const c of live)
        killGroup(c, 'SIGKILL');
});
export async function startService(spec) {
    const port = await freePort();
    const sub = (s) => s.replaceAll('{port}', String(port));
    const child = spawn('sh', ['-c', `exec ${sub(spec.command)}`], {
        cwd: spec.cwd,
        detached: true, // its own process group, so stop() reaches its children too
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(child);
    const untrack = track({ group: child.pid });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d.toString()).slice(-2000)));
    child.stdout.resume();
    const url = sub(spec.url);
    const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    const stop = async () => {
        if (child.exitCode !== null || child.signalCode !== null) {
            // The service's own children may outlive it in its group: stop them too.
            killGroup(child, 'SIGKILL');
            live.delete(child);
            untrack();
            return;
        }
        killGroup(child, 'SIGTERM');
        const t = setTimeout(() => killGroup(child, 'SIGKILL'), 2000);
        await exited;
        clearTimeout(t);
        live.delete(child);
        untrack();
    };
    const healthUrl = new URL(spec.health ?? '/', url).toString();
    const deadline = Date.now() + (spec.readyTimeoutMs ?? 15_000);
    while (Date.now() < deadline) {
        if (child.exitCode !== null) {
            throw new ProbeError(`service "${spec.command}" exited with code ${child.exitCode} before it was ready: ${stderr.trim().split('\n').pop() ?? ''}`);
        }
        try {
            const res = await fetch(healthUrl, { signal: AbortSignal.timeout(1000) });
            if (res.ok)
                return { url, pid: child.pid, stop };
        }
        catch {
            /* not up yet */
        }
        await new Promise((r) => setTimeout(r, 100));
    }
    await stop();
    throw new ProbeError(`service "${spec.command}" was not ready at ${healthUrl} within ${(spec.readyTimeoutMs ?? 15_000) / 1000} s`);
}
