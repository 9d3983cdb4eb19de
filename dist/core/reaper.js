// Every child shipgate starts (a --target-cmd service, the scratch PostgreSQL, Chromium, npm)
// must die with shipgate, even when shipgate itself is killed with SIGKILL and no exit handler
// runs (CI runners and the OOM killer do that on a timeout). A small watchdog process holds a
// pipe from shipgate; when the pipe closes, however shipgate ended, it stops every process
// group still registered and removes the folders, then exits. It is started on the first
// registration and lives in its own session, so a Ctrl-C to shipgate's group does not reach it.
import { spawn } from 'node:child_process';
// Plain JavaScript run with `node -e`: no build step and no import, so it starts in ~40 ms.
const WATCHDOG = String.raw `
const fs = require('node:fs');
const tracked = new Map();
let buf = '';
process.on('SIGINT', () => {});
process.on('SIGHUP', () => {});
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => {
  buf += d;
  let i;
  while ((i = buf.indexOf('\n')) >= 0) {
    const line = buf.slice(0, i);
    buf = buf.slice(i + 1);
    try {
      const m = JSON.parse(line);
      if (m.op === 'add') tracked.set(m.id, m.entry);
      else if (m.op === 'del') tracked.delete(m.id);
    } catch {}
  }
});
const target = (e) => (e.group ? -e.group : e.pid);
const send = (e, sig) => { try { if (target(e)) process.kill(target(e), sig); } catch {} };
const alive = (e) => { try { return Boolean(target(e)) && (process.kill(target(e), 0), true); } catch { return false; } };
process.stdin.on('close', () => {
  const entries = [...tracked.values()];
  for (const e of entries) send(e, e.signal || 'SIGTERM');
  const started = Date.now();
  const finish = () => {
    for (const e of entries) if (e.dir) try { fs.rmSync(e.dir, { recursive: true, force: true }); } catch {}
    process.exit(0);
  };
  const poll = () => {
    const left = entries.filter(alive);
    if (!left.length) return finish();
    if (Date.now() - started > 3000) { for (const e of left) send(e, 'SIGKILL'); return setTimeout(finish, 300); }
    setTimeout(poll, 50);
  };
  poll();
});
`;
let watchdog;
let nextId = 1;
function send(msg) {
    if (!watchdog) {
        watchdog = spawn(process.execPath, ['-e', WATCHDOG], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
        watchdog.unref();
        // The pipe must not keep shipgate alive; it only tells the watchdog that shipgate is gone.
        watchdog.stdin.unref?.();
        watchdog.stdin.on('error', () => { });
    }
    watchdog.stdin.write(JSON.stringify(msg) + '\n');
}
/** Registers a child (or a folder) to be stopped/removed if shipgate dies; returns the undo. */
export function track(entry) {
    const id = nextId++;
    send({ op: 'add', id, entry });
    let done = false;
    return () => {
        if (done)
            return;
        done = true;
        send({ op: 'del', id });
    };
}
/** The watchdog's pid, for tests. */
export function watchdogPid() {
    return watchdog?.pid;
}
