import { urlPath } from "../../lib/url-path.js";
// Sizes (and CLS) do not vary run to run: compared as single values, so a 2-run page is not
// "inconclusive" about a bundle that tripled; timings carry their runs as samples.
const PAGE_METRICS = [
    { name: 'lcp', label: 'LCP', unit: 'ms', floor: 50, noisy: true },
    { name: 'tbt', label: 'TBT', unit: 'ms', floor: 20, noisy: true },
    { name: 'tti', label: 'TTI', unit: 'ms', floor: 50, noisy: true },
    { name: 'cls', label: 'CLS', unit: '', floor: 0.01 },
    { name: 'js_bytes', label: 'JS (gz)', unit: 'bytes', floor: 1024 },
    { name: 'total_bytes', label: 'total bytes', unit: 'bytes', floor: 1024 },
];
// An error block keeps the pages it did measure: they compare, the failed ones do not.
export function webComparables(w) {
    const out = [];
    for (const p of w.pages ?? []) {
        if (p.status === 'error')
            continue;
        const where = `${p.device} ${urlPath(p.url)}`;
        for (const m of PAGE_METRICS) {
            const s = p.metrics[m.name];
            if (!s)
                continue;
            const samples = m.noisy ? { samples: s.values.filter((v) => v !== null) } : {};
            out.push({
                probe: 'web',
                key: `web.${m.name}@${where}`,
                label: `${m.label} ${where}`,
                unit: m.unit,
                worse: 'higher',
                value: s.median,
                ...samples,
                absoluteFloor: m.floor,
            });
        }
    }
    for (const j of w.journeys ?? []) {
        if (j.status === 'error')
            continue;
        for (const [name, s] of Object.entries(j.metrics)) {
            const samples = s.values.filter((v) => v !== null);
            out.push({
                probe: 'web',
                key: `web.journey.${name}.p95@${j.name}`,
                label: `journey ${j.name} ${name} p95`,
                unit: 'ms',
                worse: 'higher',
                value: s.p95 ?? s.median,
                samples,
                absoluteFloor: 20,
            });
        }
    }
    return out;
}
