import { JOURNEY_HEAD, PAGE_COLUMNS, journeyRows, pageRow } from "../web-columns.js";
import { chartDiv, esc, table } from "./section.js";
import { webBudgetChart, webBudgetHeight } from "./web-budgets.js";
export function webSection(w, gates = []) {
    const parts = [];
    const budgets = webBudgetChart(gates);
    if (budgets)
        parts.push(chartDiv(budgets.el, webBudgetHeight(budgets)));
    if (w.status === 'error')
        parts.push(`<p class="error">could not measure: ${esc(w.message ?? 'unknown error')}</p>`);
    if (w.browser)
        parts.push(`<p>Chromium: <code>${esc(w.browser.path)}</code> (${esc(w.browser.source)}${w.browser.version ? `, ${esc(w.browser.version)}` : ''})</p>`);
    const pages = w.pages ?? [];
    if (pages.length) {
        parts.push(table(['page', 'device', 'runs', ...PAGE_COLUMNS.map((c) => c.head)], pages.map((p) => pageRow(p).map(esc))));
        parts.push('<p>Cells: median run (Lighthouse median-run logic), then min–max over the runs. Sizes are transfer (gzipped) bytes.</p>');
    }
    if (w.journeys?.length)
        parts.push('<h3>Journeys</h3>', table(JOURNEY_HEAD, w.journeys.flatMap(journeyRows).map((r) => r.map(esc))));
    return { id: 'web', title: 'Web pages and journeys', html: parts.join('\n'), charts: budgets ? [budgets] : [] };
}
