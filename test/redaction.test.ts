// Credentials in the target URL, a token in a header and a database password never appear
// in any output: terminal, result.json, Markdown, HTML, JUnit.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, startDemo, tempDir } from './helpers.ts';

const SECRETS = ['pw-target-7781', 'tok-header-9913', 'pw-db-5521'];

function assertClean(label: string, text: string) {
  for (const s of SECRETS) expect(text, `${label} leaks ${s}`).not.toContain(s);
}

describe('secrets are redacted in every output', () => {
  it('a run with a credentialed URL, a bearer token and a database password', async () => {
    const svc = await startDemo('--capacity 1000 --delay-ms 2');
    const dir = tempDir();
    const scenario = join(dir, 'secret.ramp.yaml');
    writeFileSync(scenario, `steps: [3]\nstepDuration: 1s\nwarmup: 0.2s\nheaders:\n  authorization: Bearer tok-header-9913\n`);
    const out = join(dir, 'out');
    const target = svc.url.replace('http://', 'http://admin:pw-target-7781@');
    try {
      // The database is not there: its connection error must not carry the password.
      const r = await runCli(['ramp', '--target', target, '--scenario', scenario, '--db-url', 'postgres://app:pw-db-5521@127.0.0.1:9/prod', '--out', out]);
      expect(r.code).toBe(3);
      expect(r.stdout + r.stderr).toMatch(/cannot sample the database postgres:\/\/app:\*\*\*@127\.0\.0\.1:9\/prod/);
      assertClean('terminal', r.stdout + r.stderr);
      const files = readdirSync(out);
      expect(files).toEqual(expect.arrayContaining(['result.json', 'report.md', 'report.html', 'junit.xml']));
      for (const f of files) assertClean(f, readFileSync(join(out, f), 'utf8'));
      // And a successful run with the same target and header.
      const ok = await runCli(['ramp', '--target', target, '--scenario', scenario, '--out', join(dir, 'ok')]);
      expect(ok.code).toBe(0);
      assertClean('terminal', ok.stdout + ok.stderr);
      for (const f of readdirSync(join(dir, 'ok'))) assertClean(f, readFileSync(join(dir, 'ok', f), 'utf8'));
      expect(readFileSync(join(dir, 'ok', 'result.json'), 'utf8')).toContain('admin:***@127.0.0.1');
    } finally {
      await svc.stop();
    }
  });
});
