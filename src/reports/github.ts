// Under GitHub Actions: the Markdown report as the job summary, an annotation per gate that
// did not pass (at the gate's file and line when known), and outputs `verdict` and
// `report-dir` for later steps and jobs.
// @actions/core is loaded only under Actions: it brings its own HTTP client (hundreds of
// modules), which every other run of the CLI would pay for at start-up.
import type * as Core from '@actions/core';
import type { GateResult } from '../core/result.ts';
import type { ResultEnvelope as Result } from '../core/result.ts';
import { redactText } from '../lib/redact.ts';

export function underGitHubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

function annotate(core: typeof Core, g: GateResult): void {
  const props: Core.AnnotationProperties = {
    title: `shipgate gate ${g.id}: ${g.outcome}`,
    ...(g.source?.file ? { file: g.source.file } : {}),
    ...(g.source?.line ? { startLine: g.source.line } : {}),
  };
  const text = redactText(`${g.message}${g.at ? ` [${g.at}]` : ''}`);
  if (g.outcome === 'fail' || ((g.outcome === 'error' || g.outcome === 'not-measured') && g.level === 'fail')) core.error(text, props);
  else if (g.outcome !== 'pass') core.warning(text, props);
}

export async function publishToGitHub(r: Result, markdown: string, outDir: string): Promise<void> {
  const core = await import('@actions/core');
  for (const g of r.gates) annotate(core, g);
  for (const [name, p] of Object.entries(r.probes)) {
    const s = p as { status?: string; message?: string } | undefined;
    if (s?.status === 'error') core.error(redactText(`${name} could not measure: ${s.message ?? 'unknown error'}`), { title: `shipgate ${name}: error` });
  }
  core.setOutput('verdict', r.verdict);
  core.setOutput('report-dir', outDir);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(redactText(markdown)).write();
}
