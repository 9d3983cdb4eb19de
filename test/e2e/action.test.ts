// The GitHub Action's own shell steps, run as a runner would run them (bash, GITHUB_OUTPUT, the
// action's folder as GITHUB_ACTION_PATH) in a project folder that is not shipgate's: the job's
// Node is kept, `env:` lines reach ${VAR} in the config, the verdict and report folder come out
// as outputs, and two matrix legs get two artifact names. The `uses:` steps (setup-node,
// cache, upload-artifact) are GitHub's own and are not run here, nor the install (it would
// prune this checkout's dev dependencies).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, tempDir } from '../helpers.ts';

interface Step {
  id?: string;
  name?: string;
  if?: string;
  run?: string;
  env?: Record<string, string>;
  uses?: string;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { steps: Step[] } };

/** GITHUB_OUTPUT's two forms: `name=value`, and `name<<DELIMITER` … `DELIMITER` (@actions/core's). */
function readOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(l);
    if (heredoc) {
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i]!);
      out[heredoc[1]!] = value.join('\n');
    } else if (l.includes('=')) out[l.slice(0, l.indexOf('='))] = l.slice(l.indexOf('=') + 1);
  }
  return out;
}

/** Runs the action's shell steps with these inputs; returns each step's outputs. */
function runAction(project: string, inputs: Record<string, string>, runner: string) {
  const values: Record<string, string> = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, inputs[k] ?? v.default]));
  const outputs: Record<string, Record<string, string>> = {};
  const expr = (s: string) =>
    s.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, e: string) => {
      const input = /^inputs\.([\w-]+)$/.exec(e);
      if (input) return values[input[1]!] ?? '';
      const step = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e);
      if (step) return outputs[step[1]!]?.[step[2]!] ?? '';
      throw new Error(`expression not handled by the test: ${e}`);
    });
  const log: string[] = [];
  let code = 0;
  for (const step of action.runs.steps) {
    // Conditional steps are setup-node and the dependency install (cache misses): here the
    // job's Node is new enough, and the action's folder is this checkout, whose node_modules
    // an install with --omit=dev must never touch.
    if (!step.run || step.if) continue;
    const outFile = join(tempDir('shipgate-gh-'), 'output');
    writeFileSync(outFile, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expr(v)]));
    const r = spawnSync('bash', ['-e', '-c', expr(step.run)], {
      cwd: project,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...env,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_ACTION_PATH: ROOT,
        GITHUB_OUTPUT: outFile,
        GITHUB_JOB: 'gate',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTION: '__shipgate',
        RUNNER_NAME: runner,
      },
      timeout: 120_000,
    });
    log.push(`${step.name}: ${r.status}\n${r.stdout}\n${r.stderr}`);
    const outs = readOutputs(readFileSync(outFile, 'utf8'));
    if (step.id) outputs[step.id] = outs;
    if (r.status !== 0) {
      code = r.status ?? 1;
      break;
    }
  }
  return { outputs, code, log: log.join('\n') };
}

describe('the GitHub Action (its shell steps)', () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: ${VAR} is the config's own syntax, expanded by shipgate
  it('runs the config of a repository that is not shipgate, passes env to ${VAR}, and names each matrix leg apart', () => {
    const project = tempDir('shipgate-gh-project-');
    cpSync(join(ROOT, 'test/fixtures/lockfiles/clean-app'), join(project, 'app'), { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/advisories'), join(project, 'advisories'), { recursive: true });
    // The advisories folder comes from the environment, as secrets and targets do in CI.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: ${VAR} is the config's own syntax, expanded by shipgate
    writeFileSync(join(project, 'shipgate.config.yaml'), 'audit:\n  dir: app\n  advisories: ${ADVISORIES_DIR}\n');
    const a = runAction(project, { env: 'ADVISORIES_DIR=advisories\n' }, 'GitHub Actions 1');
    expect(a.code, a.log).toBe(0);
    expect(a.outputs.node).toMatchObject({ setup: 'false' });
    expect(a.outputs.gate).toMatchObject({ verdict: 'pass' });
    const name = a.outputs.prepare!['artifact-name']!;
    expect(name).toMatch(/^shipgate-gate-1-[0-9a-f]{8}$/);
    expect(a.outputs.gate!['report-dir']).toBe(`reports/${name}`);
    const result = JSON.parse(readFileSync(join(project, a.outputs.gate!['report-dir']!, 'result.json'), 'utf8')) as { verdict: string };
    expect(result.verdict).toBe('pass');

    const b = runAction(project, { env: 'ADVISORIES_DIR=advisories' }, 'GitHub Actions 2');
    expect(b.code, b.log).toBe(0);
    expect(b.outputs.prepare!['artifact-name']).not.toBe(name);

    // Without the variable the config cannot be read: exit 2, naming the variable.
    const c = runAction(project, {}, 'GitHub Actions 3');
    expect(c.code).toBe(2);
    expect(c.log).toMatch(/\$\{ADVISORIES_DIR\} is not set/);
  });
});
