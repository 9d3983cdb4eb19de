// The web probe in the terminal summary: one row per page and device (medians; the spread is
// in report.md and result.json), then journey metrics.
import Table from 'cli-table3';
import { JOURNEY_HEAD, PAGE_COLUMNS, journeyRows, pageRow } from "./web-columns.js";
export function webTables(w) {
    const out = [];
    const pages = w.pages ?? [];
    if (pages.length) {
        const t = new Table({ head: ['page', 'device', 'runs', ...PAGE_COLUMNS.map((c) => c.head)], style: { head: [], border: [] } });
        for (const p of pages)
            t.push(pageRow(p, false));
        out.push(t.toString());
        for (const p of pages.filter((x) => x.status === 'error'))
            out.push(`${p.device} ${p.url}: could not measure: ${p.message ?? ''}`);
    }
    if (w.journeys?.length) {
        const t = new Table({ head: JOURNEY_HEAD, style: { head: [], border: [] } });
        for (const j of w.journeys)
            t.push(...journeyRows(j));
        out.push(t.toString());
        for (const j of w.journeys.filter((x) => x.status === 'error'))
            out.push(`journey ${j.name}: ${j.message ?? 'failed'}`);
    }
    return out.join('\n');
}
