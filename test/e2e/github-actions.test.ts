// The action's entry point under the environment GitHub sets: job summary, annotations on
// failed gates at their file and line, and the verdict and report-dir outputs.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, startDemo, tempDir } from '../helpers.ts';

describe('under GitHub Actions', () => {
  it('writes the job summary, annotates the failed gate at its line, and sets outputs', async () => {
    const dir = tempDir();
    const summary = join(dir, 'summary.md');
    const output = join(dir, 'output.txt');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const gates = join(dir, 'strict.gates.yaml');
    writeFileSync(
      gates,
      'load:\n  gates:\n    - { id: fine, metric: http_req_failed, expression: "rate<0.5" }\n    - { id: impossible, metric: http_req_duration, expression: "p(95)<0.001" }\n',
    );
    const out = join(dir, 'out');
    const svc = await startDemo('--capacity 1000 --delay-ms 2');
    let run: Awaited<ReturnType<typeof runCli>>;
    try {
      run = await runCli(['ramp', '--target', svc.url, '--steps', '5', '--step-duration', '1s', '--warmup', '0.2s', '--gates', gates, '--out', out], {
        env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output },
      });
    } finally {
      await svc.stop();
    }
    expect(run.code).toBe(1);
    // One annotation, for the failed gate only, pointing at its line in the gate file.
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error') || l.startsWith('::warning'));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(
      new RegExp(`^::error title=shipgate gate impossible%3A fail,file=${gates.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')},line=4::`),
    );
    const outputs = readFileSync(output, 'utf8');
    expect(outputs).toMatch(/verdict<<[^\n]+\nfail\n/);
    expect(outputs).toContain(`report-dir<<`);
    expect(outputs).toContain(out);
    const md = readFileSync(summary, 'utf8');
    expect(md).toMatch(/# shipgate: FAIL/);
    expect(md).toMatch(/impossible/);
  });

  it('prints no workflow commands outside GitHub Actions', async () => {
    const out = tempDir();
    const r = await runCli(['ramp', '--target', 'http://127.0.0.1:9/', '--steps', '5', '--out', out], { env: { GITHUB_ACTIONS: '' } });
    expect(r.code).toBe(3);
    expect(r.stdout).not.toMatch(/^::/m);
  });
});
