// Gate metric names may carry tags, as k6 submetrics do: `lcp{device:mobile,url:/checkout}`.
// The base name decides the metric's type (metric-catalog); the tags pick what it is read on.
// A catalog entry `prefix.*` stands for any `prefix.<name>` (e.g. journey.time_to_payment).
export function parseMetricName(metric) {
    const m = /^([^{}\s]+)(?:\{([^{}]*)\})?$/.exec(metric.trim());
    if (!m)
        return { base: metric, tags: {} };
    const tags = {};
    for (const part of (m[2] ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const i = part.indexOf(':');
        if (i <= 0)
            return { base: metric, tags: {} };
        tags[part.slice(0, i).trim()] = part.slice(i + 1).trim();
    }
    return { base: m[1], tags };
}
export function formatMetricName(n) {
    const tags = Object.entries(n.tags).map(([k, v]) => `${k}:${v}`);
    return tags.length ? `${n.base}{${tags.join(',')}}` : n.base;
}
/** The catalog key a base name falls under: itself, or its `prefix.*` wildcard. */
export function catalogKey(catalog, base) {
    if (base in catalog)
        return base;
    const dot = base.indexOf('.');
    if (dot > 0 && `${base.slice(0, dot)}.*` in catalog && base.length > dot + 1)
        return `${base.slice(0, dot)}.*`;
    return undefined;
}
