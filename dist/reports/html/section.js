// What a probe's part of the HTML report is made of.
export function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
export function chartDiv(id, height = 320) {
    return `<div class="chart" id="${id}" style="height:${height}px"></div>`;
}
export function table(head, rows, cls = '') {
    return `<table class="${cls}"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c) => `<td>${typeof c === 'number' ? c : c}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
}
