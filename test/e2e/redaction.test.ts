// Credentials in the target URL, a bearer token in a scenario header and database passwords
// never appear in any output: terminal, GitHub annotations, job summary and outputs,
// result.json, Markdown, HTML, JUnit. Run under GITHUB_ACTIONS=true against a real
// PostgreSQL that accepts the connection, and against one that is not there (the error path).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningService } from '../../src/core/service.ts';
import { startScratchCluster, type ScratchCluster } from '../../src/probes/migrate/scratch-cluster.ts';
import { readResult, runCli, startDemo, tempDir } from '../helpers.ts';

const TARGET_PASSWORD = 'pw-target-7781';
const TOKEN = 'tok-header-9913';
const MISSING_DB_PASSWORD = 'pw-db-5521';

let pg: ScratchCluster;
let svc: RunningService;
let dir: string;
let scenario: string;
let target: string;
beforeAll(async () => {
  [pg, svc] = await Promise.all([startScratchCluster(), startDemo('--capacity 1000 --delay-ms 2')]);
  dir = tempDir();
  scenario = join(dir, 'secret.ramp.yaml');
  writeFileSync(scenario, `steps: [3]\nstepDuration: 1s\nwarmup: 0.2s\nheaders:\n  authorization: Bearer ${TOKEN}\n`);
  target = svc.url.replace('http://', `http://admin:${TARGET_PASSWORD}@`);
});
afterAll(async () => {
  await Promise.all([svc?.stop(), pg?.stop()]);
});

function secrets(): string[] {
  return [TARGET_PASSWORD, TOKEN, MISSING_DB_PASSWORD, pg.password, encodeURIComponent(pg.password)];
}

/** Runs `shipgate ramp` as a GitHub Actions step; returns every text it produced, by name. */
async function runAsGitHubStep(name: string, args: string[]) {
  const step = join(dir, name);
  const summary = `${step}-summary.md`;
  const output = `${step}-output.txt`;
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const out = join(step, 'out');
  const r = await runCli(['ramp', ...args, '--out', out], { env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output } });
  const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning)/.test(l));
  const files = readdirSync(out);
  expect(files).toEqual(expect.arrayContaining(['result.json', 'report.md', 'report.html', 'junit.xml']));
  const texts: Record<string, string> = {
    stdout: r.stdout,
    stderr: r.stderr,
    annotations: annotations.join('\n'),
    'job summary': readFileSync(summary, 'utf8'),
    'job outputs': readFileSync(output, 'utf8'),
    ...Object.fromEntries(files.map((f) => [f, readFileSync(join(out, f), 'utf8')])),
  };
  return { r, out, annotations, texts };
}

function expectClean(texts: Record<string, string>) {
  for (const [label, text] of Object.entries(texts)) {
    for (const s of secrets()) expect(text, `${label} leaks ${s}`).not.toContain(s);
  }
}

describe('secrets are redacted in every output (GitHub Actions)', () => {
  it('a real PostgreSQL that accepts the password, a credentialed target, a bearer token', async () => {
    const gates = join(dir, 'one-fails.gates.yaml');
    writeFileSync(
      gates,
      'load:\n  gates:\n    - { id: fine, metric: http_req_failed, expression: "rate<0.5" }\n    - { id: impossible, metric: http_req_duration, expression: "p(95)<0.001" }\n',
    );
    const db = `postgres://${pg.user}:${encodeURIComponent(pg.password)}@${pg.host}:${pg.port}/postgres`;
    const { r, out, annotations, texts } = await runAsGitHubStep('real-db', ['--target', target, '--scenario', scenario, '--db-url', db, '--gates', gates]);
    expect(r.stderr).not.toMatch(/internal error/);
    expectClean(texts);
    expect(r.code).toBe(1);
    // It really ran: the database was sampled, and each channel carries something.
    const result = readResult(out);
    expect(result.probes.load!.steps[0]!.resources!.db!.maxConnections).toBeGreaterThan(0);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::error title=shipgate gate impossible/);
    expect(texts['job outputs']).toMatch(/verdict<<[^\n]+\nfail\n/);
    // The target is named everywhere it is shown, with its password masked.
    for (const where of ['result.json', 'report.md', 'report.html', 'job summary']) expect(texts[where], where).toContain(`admin:***@127.0.0.1`);
  });

  it('a database that is not there: the connection error is annotated without the password', async () => {
    const { r, annotations, texts } = await runAsGitHubStep('missing-db', [
      '--target',
      target,
      '--scenario',
      scenario,
      '--db-url',
      `postgres://app:${MISSING_DB_PASSWORD}@127.0.0.1:9/prod`,
    ]);
    expectClean(texts);
    expect(r.code).toBe(3);
    expect(annotations.join('\n')).toMatch(
      /^::error title=shipgate load%3A error::load could not measure: cannot sample the database postgres:\/\/app:\*\*\*@127\.0\.0\.1:9\/prod/m,
    );
    expect(r.stderr + r.stdout).toMatch(/cannot sample the database postgres:\/\/app:\*\*\*@127\.0\.0\.1:9\/prod/);
    expect(texts['result.json']).toContain('postgres://app:***@127.0.0.1:9/prod');
  });
});
