// Under GitHub Actions: the Markdown report as the job summary, an annotation per gate that
// did not pass (at the gate's file and line when known), and outputs `verdict` and
// `report-dir` for later steps and jobs.
import * as core from '@actions/core';
import { redactText } from "../lib/redact.js";
export function underGitHubActions(env = process.env) {
    return env.GITHUB_ACTIONS === 'true';
}
function annotate(g) {
    const props = {
        title: `shipgate gate ${g.id}: ${g.outcome}`,
        ...(g.source?.file ? { file: g.source.file } : {}),
        ...(g.source?.line ? { startLine: g.source.line } : {}),
    };
    const text = redactText(`${g.message}${g.at ? ` [${g.at}]` : ''}`);
    if (g.outcome === 'fail' || ((g.outcome === 'error' || g.outcome === 'not-measured') && g.level === 'fail'))
        core.error(text, props);
    else if (g.outcome !== 'pass')
        core.warning(text, props);
}
export async function publishToGitHub(r, markdown, outDir) {
    for (const g of r.gates)
        annotate(g);
    for (const [name, p] of Object.entries(r.probes)) {
        const s = p;
        if (s?.status === 'error')
            core.error(redactText(`${name} could not measure: ${s.message ?? 'unknown error'}`), { title: `shipgate ${name}: error` });
    }
    core.setOutput('verdict', r.verdict);
    core.setOutput('report-dir', outDir);
    if (process.env.GITHUB_STEP_SUMMARY)
        await core.summary.addRaw(redactText(markdown)).write();
}
