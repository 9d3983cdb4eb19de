import { int, ms } from "./format.js";
import { urlPath } from "../lib/url-path.js";
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const cls = (n) => n.toFixed(3);
export const PAGE_COLUMNS = [
    { head: 'LCP', key: 'lcp', fmt: ms },
    { head: 'FCP', key: 'fcp', fmt: ms },
    { head: 'TBT', key: 'tbt', fmt: ms },
    { head: 'CLS', key: 'cls', fmt: cls },
    { head: 'SI', key: 'speed_index', fmt: ms },
    { head: 'TTI', key: 'tti', fmt: ms },
    { head: 'JS gz', key: 'js_bytes', fmt: kb },
    { head: 'total', key: 'total_bytes', fmt: kb },
    { head: '3rd party', key: 'third_party_bytes', fmt: kb },
    { head: 'requests', key: 'requests', fmt: int },
];
export function spreadCell(s, fmt, withSpread = true) {
    if (!s)
        return '–';
    const median = fmt(s.median);
    if (!withSpread || s.min === s.max || fmt(s.min) === fmt(s.max))
        return median;
    return `${median} (${fmt(s.min)}–${fmt(s.max)})`;
}
export function pageRow(p, withSpread = true) {
    return [urlPath(p.url), p.device, String(p.runs), ...PAGE_COLUMNS.map((c) => spreadCell(p.metrics[c.key], c.fmt, withSpread))];
}
export function journeyRows(j) {
    return Object.entries(j.metrics).map(([name, s]) => [
        j.name,
        name,
        String(j.runs),
        ms(s.median),
        s.p95 !== undefined ? ms(s.p95) : '–',
        ms(s.min),
        ms(s.max),
    ]);
}
export const JOURNEY_HEAD = ['journey', 'metric', 'runs', 'p50', 'p95', 'min', 'max'];
