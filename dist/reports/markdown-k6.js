import { k6Lines } from "./k6-source.js";
export function k6Markdown(k) {
    if (!k)
        return [];
    const { heading, notes } = k6Lines(k);
    const out = ['### k6 summary', '', heading, ''];
    if (k.thresholds.length) {
        out.push('| | metric | threshold |', '|---|---|---|');
        for (const t of [...k.thresholds].sort((a, b) => Number(a.ok) - Number(b.ok))) {
            out.push(`| ${t.ok ? '✅ ok' : '❌ failed'} | \`${t.metric}\`${t.runner ? ` (runner ${t.runner})` : ''} | \`${t.expression}\` |`);
        }
        out.push('');
    }
    for (const n of notes)
        out.push(`> ${n}`, '');
    return out;
}
