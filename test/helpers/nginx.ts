// A real nginx (Debian's nginx-light) on a free loopback port, as a target no one here wrote,
// whose paths answer differently: `/` is forbidden (403), `/static/` serves a file, `/rate/`
// serves the same file behind `limit_req` at a known rate (503 beyond it). Its access log
// records the path and status of every request, so a test can check where the load went;
// a second access log in nginx's own "combined" format is what `scenario from-log` reads.
// `/api/` answers 200 to any path under it (a stand-in API with ids in its paths).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { track } from '../../src/core/reaper.ts';
import { freePort } from '../../src/core/service.ts';
import { tempDir } from '../helpers.ts';

export const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx'].find((p) => existsSync(p));

export interface Nginx {
  url: string;
  /** requests/second allowed on /rate/. */
  rate: number;
  /** The access log in nginx's predefined "combined" format. */
  combinedLog: string;
  /** Path → status → count, from the access log. */
  hits(): Map<string, Map<number, number>>;
  stop(): Promise<void>;
}

export async function startNginx(opts: { rate: number; burst?: number }): Promise<Nginx> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx-light; .ci/run does it)');
  const dir = tempDir('shipgate-nginx-');
  // Workers run as nobody when the master is root: they must reach the files.
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'static'));
  writeFileSync(join(dir, 'static', 'index.html'), '<!doctype html><title>static</title><p>hello from nginx</p>\n');
  const port = await freePort();
  const conf = `
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 8192; }
http {
  log_format paths '$status $request_uri';
  access_log ${dir}/access.log paths buffer=64k flush=100ms;
  access_log ${dir}/combined.log combined buffer=64k flush=100ms;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  keepalive_requests 1000000;
  limit_req_zone $binary_remote_addr zone=rate:1m rate=${opts.rate}r/s;
  server {
    listen 127.0.0.1:${port};
    location / { return 403; }
    location /api/ { default_type application/json; return 200 '{"ok":true}'; }
    location /static/ { alias ${dir}/static/; }
    # limit_req runs before the content phase: a file is served, not a "return".
    location /rate/ { limit_req zone=rate burst=${opts.burst ?? 10} nodelay; alias ${dir}/static/; }
  }
}
`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const child = spawn(NGINX, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  // shipgate's own watchdog: nginx goes with the test process even when that is killed
  // (a killed run used to leave nginx masters behind, adopted by init).
  const untrack = track({ group: child.pid!, signal: 'SIGQUIT' });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      const res = await fetch(`${url}/static/`, { signal: AbortSignal.timeout(500) });
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > until) throw new Error(`nginx did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  // Requests made while waiting are not the test's (nginx appends, so truncating is safe).
  await new Promise((r) => setTimeout(r, 250));
  writeFileSync(join(dir, 'access.log'), '');
  writeFileSync(join(dir, 'combined.log'), '');
  return {
    url,
    combinedLog: join(dir, 'combined.log'),
    rate: opts.rate,
    hits() {
      const out = new Map<string, Map<number, number>>();
      for (const line of readFileSync(join(dir, 'access.log'), 'utf8').split('\n')) {
        const m = /^(\d{3}) (\S+)$/.exec(line);
        if (!m) continue;
        const byStatus = out.get(m[2]!) ?? new Map<number, number>();
        byStatus.set(Number(m[1]), (byStatus.get(Number(m[1])) ?? 0) + 1);
        out.set(m[2]!, byStatus);
      }
      return out;
    },
    async stop() {
      try {
        process.kill(-child.pid!, 'SIGQUIT');
      } catch {
        /* gone */
      }
      const t = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 3000);
      await exited;
      clearTimeout(t);
      untrack();
    },
  };
}

/** Waits until nginx has flushed its access log (buffered 100 ms). */
export async function flushed(): Promise<void> {
  await new Promise((r) => setTimeout(r, 400));
}
