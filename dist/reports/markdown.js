import { markdownSection } from "./blocks.js";
import { VERDICT_WORD, baselineSection, gatesSection } from "./envelope.js";
export function renderMarkdown(r, sections, extras = {}) {
    const out = [];
    out.push(`# shipgate: ${VERDICT_WORD[r.verdict]}`, '');
    if (extras.tampered)
        out.push(`> ⚠️ **${extras.tampered}**`, '');
    const so = extras.signoff;
    if (so) {
        out.push(`**Signed off** by ${so.by} at ${so.at} for verdict **${so.verdict}**${so.commit ? ` at commit \`${so.commit.slice(0, 12)}\`` : ''}${so.override ? ` — override: ${so.override}` : ''}${so.note ? ` — ${so.note}` : ''}`, '');
    }
    out.push(`*${r.command ?? 'run'}* · ${r.startedAt} → ${r.finishedAt}${r.interrupted ? ' · **interrupted**' : ''} · shipgate ${r.tool.version}`, '');
    if (r.message)
        out.push(`> ${r.message}`, '');
    for (const s of orderedSections(r, sections))
        out.push(...markdownSection(s));
    return out.join('\n') + '\n';
}
/** One order in every format: gates, each probe's sections, the baseline. */
export function orderedSections(r, sections) {
    return [gatesSection(r.gates, r.probes), ...sections, ...(r.baseline ? [baselineSection(r.baseline)] : [])];
}
