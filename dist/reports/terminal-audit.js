// The audit section of the terminal summary.
import Table from 'cli-table3';
import { countsLine, findingStatus, policyLine, scopeOf, sourceLine } from "./audit-rows.js";
const MAX_ROWS = 25;
export function auditTerminal(a) {
    const out = [`Audit — ${sourceLine(a)}`, `  ${policyLine(a)}`];
    if (a.status === 'error')
        return out.join('\n');
    if (a.findings.length) {
        const t = new Table({ head: ['severity', 'advisory', 'package', 'path', 'scope', 'fixed in', 'status'], style: { head: [], border: [] } });
        for (const f of a.findings.slice(0, MAX_ROWS)) {
            t.push([f.severity, f.id, `${f.package}${f.version ? `@${f.version}` : ''}`, f.path.join(' > '), scopeOf(f), f.fixedIn ?? '–', findingStatus(f, a.policy)]);
        }
        out.push(t.toString());
        if (a.findings.length > MAX_ROWS)
            out.push(`  … ${a.findings.length - MAX_ROWS} more in result.json`);
    }
    out.push(`  ${countsLine(a)}`);
    if (a.outdated) {
        const c = a.outdated.counts;
        const review = a.outdated.packages.filter((p) => p.needsReview).map((p) => `${p.name} ${p.current ?? '?'} → ${p.latest}`);
        out.push(`  Updates: ${c.total} (major ${c.major}, minor ${c.minor}, patch ${c.patch})${review.length ? `; needs review: ${review.join(', ')}` : ''}`);
    }
    for (const w of a.warnings)
        out.push(`  ⚠️  ${w}`);
    return out.join('\n');
}
