import { JOURNEY_HEAD, PAGE_COLUMNS, journeyRows, pageRow } from "./web-columns.js";
import { escape } from "./format.js";
export function webSection(w) {
    const lines = ['## Web pages (Lighthouse)', ''];
    if (w.browser)
        lines.push(`Chromium: \`${w.browser.path}\` (${w.browser.source}${w.browser.version ? `, ${w.browser.version}` : ''})`, '');
    const pages = w.pages ?? [];
    if (pages.length) {
        const head = ['page', 'device', 'runs', ...PAGE_COLUMNS.map((c) => c.head)];
        lines.push(`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`);
        for (const p of pages)
            lines.push(`| ${pageRow(p).map(escape).join(' | ')} |`);
        lines.push('', 'Cells: median run (Lighthouse median-run logic), then min–max over the runs. Sizes are transfer (gzipped) bytes.', '');
        for (const p of pages.filter((x) => x.status === 'error'))
            lines.push(`> 💥 ${p.device} ${p.url}: ${escape(p.message ?? '')}`, '');
    }
    if (w.journeys?.length) {
        lines.push('## Journeys (Playwright)', '', `| ${JOURNEY_HEAD.join(' | ')} |`, `|---|---|${'---:|'.repeat(JOURNEY_HEAD.length - 2)}`);
        for (const j of w.journeys)
            for (const row of journeyRows(j))
                lines.push(`| ${row.map(escape).join(' | ')} |`);
        lines.push('');
        for (const j of w.journeys.filter((x) => x.status === 'error'))
            lines.push(`> 💥 journey ${j.name}: ${escape(j.message ?? 'failed')}`, '');
    }
    return lines;
}
