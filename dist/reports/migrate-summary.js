import { MODE_RANK } from "../probes/migrate/lock-ledger.js";
import { ms } from "./format.js";
export function firstLine(sql, max = 60) {
    const one = sql.replace(/\s+/g, ' ').trim();
    return one.length > max ? one.slice(0, max - 1) + '…' : one;
}
/** "AccessExclusiveLock" → "ACCESS EXCLUSIVE", as the PostgreSQL docs name the modes. */
export function modeName(mode) {
    return mode.replace(/Lock$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();
}
export function statementRows(p) {
    const rows = [];
    for (const m of p.migrations ?? []) {
        if (m.status === 'skipped' || !m.statements.length) {
            rows.push({ file: m.file, status: m.status, index: 0, sql: m.error ?? '(not run)', duration: ms(m.durationMs), lock: '', rewrote: '', projected: '' });
            continue;
        }
        m.statements.forEach((s, i) => {
            const strongest = [...s.locks].sort((a, b) => (MODE_RANK[b.mode] ?? 0) - (MODE_RANK[a.mode] ?? 0))[0];
            const proj = p.projection?.statements.find((x) => x.file === m.file && x.statement === i);
            rows.push({
                file: m.file,
                status: s.status ?? m.status,
                index: i + 1,
                sql: s.error ? `${firstLine(s.sql, 40)} — ${s.error}` : firstLine(s.sql),
                duration: ms(s.durationMs),
                lock: strongest ? `${modeName(strongest.mode)} ${strongest.relation} ${ms(strongest.heldMs)}` : '–',
                rewrote: s.rewrote.join(', ') || '–',
                projected: proj ? `${ms(proj.estimate.ms)} (${ms(proj.estimate.low)}–${ms(proj.estimate.high)})${proj.trusted ? '' : ' ⚠'}` : '',
            });
        });
    }
    return rows;
}
export function datasetLine(p) {
    const tables = Object.entries(p.dataset ?? {}).map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`).join(', ');
    return `${(p.server?.version ?? 'PostgreSQL (version unknown)').split(' on ')[0]} · ${p.source?.kind === 'dump' ? `dump ${p.source.file}` : p.source?.kind === 'dataset' ? `dataset ${p.source.file}` : 'no data'} · ${tables || 'no tables'}`;
}
export function projectionLine(p) {
    const pr = p.projection;
    if (!pr)
        return undefined;
    const target = Object.entries(pr.prodRows).map(([t, n]) => `${t}=${n.toLocaleString('en-US')}`).join(', ') || 'the largest size run';
    const fit = pr.trusted ? '' : ` — NOT TRUSTED: ${pr.untrustedReason}`;
    return `Projected at ${target}: ${ms(pr.totalMs.ms)} (95% interval ${ms(pr.totalMs.low)}–${ms(pr.totalMs.high)})${fit}`;
}
