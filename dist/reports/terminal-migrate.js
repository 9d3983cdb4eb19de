// The migrate section of the terminal summary.
import Table from 'cli-table3';
import { datasetLine, projectionLine, statementRows } from "./migrate-summary.js";
export function migrateTable(p) {
    const projected = Boolean(p.projection);
    const t = new Table({
        head: ['migration', '#', 'statement', 'time', 'strongest lock (held)', 'rewrote', ...(projected ? ['projected'] : [])],
        style: { head: [], border: [] },
    });
    for (const r of statementRows(p)) {
        t.push([`${r.status === 'ok' ? '' : r.status.toUpperCase() + ' '}${r.file}`, r.index || '', r.sql, r.duration, r.lock, r.rewrote, ...(projected ? [r.projected] : [])]);
    }
    const lines = [datasetLine(p), t.toString()];
    const pl = projectionLine(p);
    if (pl)
        lines.push(pl);
    return lines.join('\n');
}
