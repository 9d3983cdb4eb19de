import { countsLine, findingStatus, policyLine, scopeOf, sourceLine } from "../audit-rows.js";
import { esc, table } from "./section.js";
export function auditHtmlSection(a) {
    const parts = [`<p>${esc(sourceLine(a))}<br>${esc(policyLine(a))}</p>`];
    if (a.status === 'error') {
        parts.push(`<p class="tampered">Could not audit: ${esc(a.message ?? 'unknown error')}</p>`);
        return { id: 'audit', title: 'Dependency audit', html: parts.join('') };
    }
    parts.push(`<p><b>${esc(countsLine(a))}</b></p>`);
    if (a.findings.length) {
        const rows = a.findings.map((f) => [
            esc(f.severity),
            `${f.url ? `<a href="${esc(f.url)}">${esc(f.id)}</a>` : esc(f.id)} ${esc(f.title)}`,
            esc(`${f.package}${f.version ? `@${f.version}` : ''}`),
            esc(f.path.join(' > ')),
            esc(scopeOf(f)),
            esc(f.fixedIn ?? '–'),
            esc(findingStatus(f, a.policy)),
        ]);
        parts.push(table(['severity', 'advisory', 'package', 'path', 'scope', 'fixed in', 'status'], rows));
    }
    if (a.waivers?.entries.length) {
        const rows = a.waivers.entries.map((w) => [w.id, [w.package, w.path].filter(Boolean).join(' · ') || 'any', w.owner, w.reason, w.granted, w.expires, w.state, String(w.matched)].map(esc));
        parts.push(`<h3>Waivers (${esc(a.waivers.file)})</h3>`, table(['advisory', 'scope', 'owner', 'reason', 'granted', 'expires', 'state', 'findings'], rows));
    }
    if (a.outdated) {
        const c = a.outdated.counts;
        const rows = a.outdated.packages.map((p) => [p.name, p.current ?? '–', p.wanted ?? '–', p.latest ?? '–', p.type, p.needsReview ? `review (${p.majorsBehind} majors behind)` : ''].map(esc));
        parts.push(`<h3>Updates: ${c.total} (major ${c.major}, minor ${c.minor}, patch ${c.patch}; ${c.needsReview} need review)</h3>`, table(['package', 'current', 'wanted', 'latest', 'update', ''], rows));
    }
    if (a.warnings.length)
        parts.push(`<ul>${a.warnings.map((w) => `<li>⚠️ ${esc(w)}</li>`).join('')}</ul>`);
    return { id: 'audit', title: 'Dependency audit', html: parts.join('') };
}
