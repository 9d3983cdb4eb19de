import { ms } from "./format.js";
import { datasetLine, projectionLine, statementRows } from "./migrate-summary.js";
export function migrateSection(p) {
    const out = ['## Migrations', '', datasetLine(p), ''];
    const server = p.server;
    if (server?.where)
        out.push(`Scratch server: ${server.where}${server.settings ? ` (durability off: ${Object.entries(server.settings).filter(([k]) => ['fsync', 'synchronous_commit', 'full_page_writes'].includes(k)).map(([k, v]) => `${k}=${v}`).join(', ')})` : ''}`, '');
    if (p.lockSampleIntervalMs) {
        // A busy machine stretches the gaps between lock samples: say so, a short lock may hide in one.
        out.push(`Locks sampled every ${p.lockSampleIntervalMs} ms (longest gap ${ms(p.lockSampleGapMs ?? 0)}); a lock is held until its transaction ends.`, '');
    }
    const projected = Boolean(p.projection);
    out.push(`| migration | # | statement | time | strongest lock (held) | rewrote |${projected ? ' projected |' : ''}`);
    out.push(`|---|---:|---|---:|---|---|${projected ? '---:|' : ''}`);
    for (const r of statementRows(p)) {
        const status = r.status === 'ok' ? '' : r.status === 'fail' ? '❌ ' : '⏭ ';
        out.push(`| ${status}${esc(r.file)} | ${r.index || ''} | \`${esc(r.sql)}\` | ${r.duration} | ${esc(r.lock)} | ${esc(r.rewrote)} |${projected ? ` ${esc(r.projected)} |` : ''}`);
    }
    out.push('');
    const traffic = (p.migrations ?? []).filter((m) => m.traffic);
    if (traffic.length) {
        out.push('**Traffic during the migrations**', '', '| migration | queries | errors | p50 | p95 | p99 | max | longest lock wait |', '|---|---:|---:|---:|---:|---:|---:|---:|');
        for (const m of traffic) {
            const t = m.traffic;
            out.push(`| ${esc(m.file)} | ${t.queries} | ${t.errors} | ${ms(t.latencyMs.p50)} | ${ms(t.latencyMs.p95)} | ${ms(t.latencyMs.p99)} | ${ms(t.latencyMs.max)} | ${ms(t.maxLockWaitMs)} |`);
        }
        out.push('');
    }
    const pl = projectionLine(p);
    if (pl)
        out.push(`**${pl}**`, '');
    if (p.runs && p.runs.length > 1) {
        out.push(`Sizes run: ${p.runs.map((r) => `scale ${r.scale} (${Object.values(r.dataset).reduce((a, b) => a + b, 0).toLocaleString('en-US')} rows, migrations ${ms(r.migrations.reduce((a, m) => a + m.durationMs, 0))})`).join('; ')}`, '');
    }
    return out;
}
function esc(s) {
    return s.replace(/\|/g, '\\|').replace(/\n/g, ' ').replace(/`/g, "'");
}
