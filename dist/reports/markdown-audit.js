import { countsLine, findingStatus, policyLine, scopeOf, sourceLine } from "./audit-rows.js";
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
export function auditSection(a) {
    const lines = ['## Dependency audit', '', `*${cell(sourceLine(a))}* · ${cell(policyLine(a))}`, ''];
    if (a.status === 'error')
        return lines;
    lines.push(`**${countsLine(a)}**`, '');
    if (a.findings.length) {
        lines.push('| severity | advisory | package | path | scope | fixed in | status |', '|---|---|---|---|---|---|---|');
        for (const f of a.findings) {
            const id = f.url ? `[${f.id}](${f.url})` : f.id;
            lines.push(`| ${f.severity} | ${id} ${cell(f.title)} | ${f.package}${f.version ? `@${f.version}` : ''} | ${cell(f.path.join(' > '))} | ${scopeOf(f)} | ${f.fixedIn ?? '–'} | ${cell(findingStatus(f, a.policy))} |`);
        }
        lines.push('');
    }
    if (a.waivers?.entries.length) {
        lines.push(`### Waivers (${a.waivers.file})`, '', '| advisory | scope | owner | reason | granted | expires | state | findings |', '|---|---|---|---|---|---|---|---:|');
        for (const w of a.waivers.entries) {
            const scope = [w.package, w.path].filter(Boolean).join(' · ') || 'any';
            lines.push(`| ${w.id} | ${cell(scope)} | ${cell(w.owner)} | ${cell(w.reason)} | ${w.granted} | ${w.expires} | ${w.state} | ${w.matched} |`);
        }
        lines.push('');
    }
    if (a.outdated) {
        const c = a.outdated.counts;
        lines.push(`### Updates (${cell(a.outdated.input)})`, '', `${c.total} outdated: major ${c.major}, minor ${c.minor}, patch ${c.patch}; ${c.needsReview} need review`, '');
        lines.push('| package | current | wanted | latest | update | |', '|---|---|---|---|---|---|');
        for (const p of a.outdated.packages) {
            lines.push(`| ${p.name} | ${p.current ?? '–'} | ${p.wanted ?? '–'} | ${p.latest ?? '–'} | ${p.type} | ${p.needsReview ? `review (${p.majorsBehind} major${p.majorsBehind === 1 ? '' : 's'} behind)` : ''} |`);
        }
        lines.push('');
    }
    for (const w of a.warnings)
        lines.push(`> ⚠️ ${cell(w)}`, '');
    return lines;
}
