// Sign-off, baseline accept and report rendering through the real CLI, on a real result.json
// produced by a short ramp against the demo service. The two runs made once below are never
// written to: a test that signs off or tampers works on its own copy.
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { readResult, runCli, startDemo, tempDir } from '../helpers.ts';

let passRun: string;
let failRun: string;
beforeAll(async () => {
  const svc = await startDemo('--capacity 1000 --delay-ms 2');
  try {
    passRun = tempDir();
    const a = await runCli(['ramp', '--target', svc.url, '--steps', '5', '--step-duration', '1s', '--warmup', '0.2s', '--out', passRun]);
    expect(a.code).toBe(0);
    failRun = tempDir();
    const gates = join(tempDir(), 'strict.gates.yaml');
    writeFileSync(gates, 'load:\n  gates:\n    - { id: impossible, metric: http_req_duration, expression: "p(95)<0.001" }\n');
    const b = await runCli(['ramp', '--target', svc.url, '--steps', '5', '--step-duration', '1s', '--warmup', '0.2s', '--gates', gates, '--out', failRun]);
    expect(b.code).toBe(1);
  } finally {
    await svc.stop();
  }
});

/** A private copy of a run folder, for a test that writes into it. */
function copyOf(dir: string): string {
  const copy = tempDir();
  cpSync(dir, copy, { recursive: true });
  return copy;
}

describe('every report format from result.json alone', () => {
  it('writes md, html and junit beside result.json at the end of a run', () => {
    for (const f of ['result.json', 'report.md', 'report.html', 'junit.xml']) expect(existsSync(join(passRun, f))).toBe(true);
    expect(XMLValidator.validate(readFileSync(join(passRun, 'junit.xml'), 'utf8'))).toBe(true);
    const html = readFileSync(join(passRun, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/); // self-contained: nothing loaded at view time
    expect(html).toContain('Latency and errors against load');
  });
  it('re-renders one format to stdout and exits with the verdict code', async () => {
    const md = await runCli(['report', '--in', failRun, '--format', 'md', '--stdout']);
    expect(md.code).toBe(1);
    expect(md.stdout).toMatch(/^# shipgate: FAIL/);
    expect(md.stdout.indexOf('impossible')).toBeLessThan(md.stdout.indexOf('## Load ramp'));
    const junit = await runCli(['report', '--in', failRun, '--format', 'junit', '--stdout']);
    expect(junit.stdout).toMatch(/<failure message="http_req_duration p\(95\)/);
  });
  it('a result.json that breaks the contract is exit 2 naming the field', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'result.json'), JSON.stringify({ schemaVersion: 1, verdict: 'great' }));
    const r = await runCli(['report', '--in', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/result\.json: verdict/);
  });
});

describe('shipgate signoff', () => {
  it('records who approved which verdict with the sha256 of result.json, and shows it in the reports', async () => {
    const passDir = copyOf(passRun);
    const r = await runCli(['signoff', '--report', passDir, '--by', 'Dana Release', '--note', 'week 48 patch']);
    expect(r.code).toBe(0);
    const so = JSON.parse(readFileSync(join(passDir, 'signoff.json'), 'utf8')).signoffs[0];
    expect(so).toMatchObject({ by: 'Dana Release', verdict: 'pass', note: 'week 48 patch' });
    expect(so.resultSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(so.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(readFileSync(join(passDir, 'report.md'), 'utf8')).toMatch(/\*\*Signed off\*\* by Dana Release/);
    expect(readFileSync(join(passDir, 'report.html'), 'utf8')).toMatch(/Signed off by <b>Dana Release<\/b>/);
  });
  it('refuses a failed report unless overridden', async () => {
    const failDir = copyOf(failRun);
    const refused = await runCli(['signoff', '--report', failDir, '--by', 'Dana']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/verdict is fail; pass --override/);
    expect(existsSync(join(failDir, 'signoff.json'))).toBe(false);
    const forced = await runCli(['signoff', '--report', failDir, '--by', 'Dana', '--override', 'known flaky budget, ticket OPS-12']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(join(failDir, 'signoff.json'), 'utf8')).signoffs[0].override).toMatch(/OPS-12/);
  });
  it('detects result.json changed after sign-off', async () => {
    const dir = copyOf(passRun);
    expect((await runCli(['signoff', '--report', dir, '--by', 'Dana Release'])).code).toBe(0);
    expect((await runCli(['report', '--in', dir, '--format', 'md', '--stdout'])).code).toBe(0);
    const r = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8'));
    r.gates = [];
    writeFileSync(join(dir, 'result.json'), JSON.stringify(r, null, 2));
    const tampered = await runCli(['report', '--in', dir, '--format', 'md', '--stdout']);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/changed after Dana Release signed it off/);
    expect(tampered.stdout).toMatch(/changed after/);
  });
});

describe('baselines through the CLI', () => {
  it('accept promotes a run; a later run compared with it carries the comparison and its gates', async () => {
    const base = join(tempDir(), 'baseline', 'result.json');
    const acc = await runCli(['baseline', 'accept', '--report', passRun, '--to', base]);
    expect(acc.code).toBe(0);
    expect(existsSync(base)).toBe(true);
    expect((await runCli(['baseline', 'accept', '--report', failRun, '--to', join(tempDir(), 'b.json')])).code).toBe(2);
    // Compare the passing run with a baseline whose p95 was far faster: a fail-level regression.
    // (A hundredth, not a third: the two runs may meet different loads on a shared machine.)
    const faster = JSON.parse(readFileSync(base, 'utf8'));
    faster.probes.load.steps[0].latencyMs.p95 = faster.probes.load.steps[0].latencyMs.p95 / 100;
    const fasterDir = tempDir();
    mkdirSync(fasterDir, { recursive: true });
    writeFileSync(join(fasterDir, 'result.json'), JSON.stringify(faster));
    const svc = await startDemo('--capacity 1000 --delay-ms 2');
    try {
      const out = tempDir();
      const r = await runCli(['ramp', '--target', svc.url, '--steps', '5', '--step-duration', '1s', '--warmup', '0.2s', '--baseline', fasterDir, '--out', out]);
      const result = readResult(out);
      const p95 = result.baseline!.comparisons.find((c) => c.key === 'load.http_req_duration.p95@5')!;
      expect(p95.outcome).toBe('fail');
      expect(result.gates.find((g) => g.id === 'baseline:load.http_req_duration.p95@5')).toMatchObject({ outcome: 'fail', level: 'fail' });
      expect(r.code).toBe(1);
    } finally {
      await svc.stop();
    }
  });
});
