// Named gauges from a Prometheus / OpenMetrics text endpoint, scraped once per sample.
// The exposition format is line-based: `name{label="v",...} value [timestamp]`.
export function parseExposition(text) {
    const out = new Map();
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
        if (!m)
            continue;
        const value = Number(m[3] === '+Inf' ? Infinity : m[3] === '-Inf' ? -Infinity : m[3]);
        if (Number.isNaN(value))
            continue;
        const labels = m[2] ? normaliseLabels(m[2]) : '';
        out.set(`${m[1]}${labels}`, value);
    }
    return out;
}
/** `{b="2",a="1"}` and `{a="1", b="2"}` name the same series. */
export function normaliseLabels(block) {
    const pairs = [...block.slice(1, -1).matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => `${m[1]}="${m[2]}"`);
    return pairs.length ? `{${pairs.sort().join(',')}}` : '';
}
export function readGauge(samples, metric) {
    const brace = metric.indexOf('{');
    const key = brace < 0 ? metric : metric.slice(0, brace) + normaliseLabels(metric.slice(brace));
    return samples.get(key);
}
export async function scrape(url, timeoutMs = 1000) {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'text/plain' } });
    if (!res.ok)
        throw new Error(`metrics endpoint answered ${res.status}`);
    return parseExposition(await res.text());
}
