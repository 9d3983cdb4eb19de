import { k6Lines } from "../k6-source.js";
import { esc } from "./section.js";
export function k6Section(k) {
    if (!k)
        return [];
    const { heading, notes } = k6Lines(k);
    const rows = [...k.thresholds]
        .sort((a, b) => Number(a.ok) - Number(b.ok))
        .map((t) => `<tr><td>${t.ok ? '✅ ok' : '❌ failed'}</td><td><code>${esc(t.metric)}</code>${t.runner ? ` (runner ${t.runner})` : ''}</td><td><code>${esc(t.expression)}</code></td></tr>`)
        .join('');
    const table = rows ? `<table><thead><tr><th></th><th>metric</th><th>threshold</th></tr></thead><tbody>${rows}</tbody></table>` : '';
    const list = notes.length ? `<ul>${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : '';
    return [{ id: 'k6', title: 'k6 summary', html: `<p>${esc(heading)}</p>${table}${list}` }];
}
