const PAGE = 'device, url';
export const WEB_CATALOG = {
    lcp: { type: 'trend', description: 'Largest Contentful Paint (ms)', tags: PAGE },
    fcp: { type: 'trend', description: 'First Contentful Paint (ms)', tags: PAGE },
    tbt: { type: 'trend', description: 'Total Blocking Time (ms), the lab proxy for input delay', tags: PAGE },
    cls: { type: 'trend', description: 'Cumulative Layout Shift (unitless)', tags: PAGE },
    speed_index: { type: 'trend', description: 'Speed Index (ms)', tags: PAGE },
    tti: { type: 'trend', description: 'Time to Interactive (ms)', tags: PAGE },
    fmp: {
        type: 'trend',
        description: 'First Meaningful Paint: Lighthouse 12 no longer reports it; kept so old budget.json files load (never measured)',
        tags: PAGE,
    },
    js_kb: { type: 'trend', description: 'JavaScript transferred (gzipped), KB of 1024 bytes', tags: PAGE },
    total_kb: { type: 'trend', description: 'everything transferred, KB', tags: PAGE },
    third_party_kb: { type: 'trend', description: 'transferred from third-party hosts, KB', tags: PAGE },
    requests: { type: 'trend', description: 'network requests the page made', tags: PAGE },
    resource_kb: { type: 'trend', description: "KB transferred of one resource type (budget.json's resourceSizes)", tags: `${PAGE}, type` },
    resource_count: { type: 'trend', description: "requests of one resource type (budget.json's resourceCounts)", tags: `${PAGE}, type` },
    'journey.*': {
        type: 'trend',
        description: "a journey's custom metric (ms between two marks), p50 as med and p95 over its runs, e.g. journey.time_to_payment",
        tags: 'journey',
    },
};
