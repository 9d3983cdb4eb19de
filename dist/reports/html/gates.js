import { OUTCOME_ORDER } from "../format.js";
import { esc } from "./section.js";
export function gatesSection(r) {
    const gates = [...r.gates].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
    const problems = Object.entries(r.probes)
        .filter(([, p]) => p?.status === 'error')
        .map(([name, p]) => `<p class="o-error">${esc(name)} could not measure: ${esc(p.message ?? 'unknown error')}</p>`)
        .join('');
    const rows = gates
        .map((g) => `<tr><td class="o-${g.outcome}">${esc(g.outcome)}</td><td><code>${esc(g.id)}</code></td><td><code>${esc(g.metric)} ${esc(g.expression)}</code></td>` +
        `<td class="num">${g.actual === null ? '–' : esc(g.actual)}</td><td>${esc(g.level)}</td><td>${esc(g.at ?? '')}</td><td>${esc(g.message)}</td></tr>`)
        .join('');
    const html = problems +
        (gates.length
            ? `<table><thead><tr><th>outcome</th><th>gate</th><th>expression</th><th class="num">actual</th><th>level</th><th>where</th><th>detail</th></tr></thead><tbody>${rows}</tbody></table>`
            : '<p class="note">No gates were judged.</p>');
    return { id: 'gates', title: `Gates (${gates.filter((g) => g.outcome === 'pass').length}/${gates.length} passed)`, html };
}
