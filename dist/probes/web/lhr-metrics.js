/** Lighthouse audit id → shipgate metric name (ms, CLS unitless). */
export const TIMING_AUDITS = {
    lcp: 'largest-contentful-paint',
    fcp: 'first-contentful-paint',
    tbt: 'total-blocking-time',
    cls: 'cumulative-layout-shift',
    speed_index: 'speed-index',
    tti: 'interactive',
};
/** budget.json's resource types, as Lighthouse's resource-summary grouped network records. */
export const RESOURCE_TYPES = ['document', 'script', 'stylesheet', 'image', 'media', 'font', 'other'];
const LH_TYPE = {
    Document: 'document',
    Script: 'script',
    Stylesheet: 'stylesheet',
    Image: 'image',
    Media: 'media',
    Font: 'font',
};
/** Flat name → value for one run; names are what result.json keeps and gates read. */
export function lhrMetrics(lhr) {
    const out = {};
    for (const [name, audit] of Object.entries(TIMING_AUDITS)) {
        const v = lhr.audits[audit]?.numericValue;
        if (typeof v === 'number' && Number.isFinite(v))
            out[name] = v;
    }
    const details = lhr.audits['network-requests']?.details;
    const items = details?.items;
    if (!items)
        return out;
    const firstParty = new Set((lhr.entities ?? []).filter((e) => e.isFirstParty).map((e) => e.name));
    out.total_bytes = 0;
    out.requests = items.length;
    out.third_party_bytes = 0;
    out.third_party_requests = 0;
    for (const t of RESOURCE_TYPES) {
        out[`bytes:${t}`] = 0;
        out[`requests:${t}`] = 0;
    }
    for (const item of items) {
        const bytes = item.transferSize ?? 0;
        const type = LH_TYPE[item.resourceType ?? ''] ?? 'other';
        out.total_bytes += bytes;
        out[`bytes:${type}`] += bytes;
        out[`requests:${type}`] += 1;
        // Without an entity (e.g. data: URLs) a request counts as first party, as in Lighthouse.
        if (item.entity && !firstParty.has(item.entity)) {
            out.third_party_bytes += bytes;
            out.third_party_requests += 1;
        }
    }
    out.js_bytes = out['bytes:script'];
    // Types the page never requested stay out of result.json; gates read them as 0.
    for (const t of RESOURCE_TYPES) {
        if (out[`requests:${t}`] === 0) {
            delete out[`requests:${t}`];
            delete out[`bytes:${t}`];
        }
    }
    return out;
}
