export const K6_THRESHOLDS_FAILED = 'k6_thresholds_failed';
export function withK6Metrics(lookup, probe) {
    return (name) => {
        if (name !== K6_THRESHOLDS_FAILED)
            return lookup(name);
        const k6 = probe.k6;
        if (!k6)
            return { missing: 'no k6 summary was ingested' };
        const failed = k6.thresholds.filter((t) => !t.ok);
        const list = failed.map((t) => `${t.metric} ${t.expression}${t.runner ? ` (runner ${t.runner})` : ''}`).join('; ');
        return {
            type: 'gauge',
            trusted: true,
            at: failed.length ? `k6 failed: ${list}` : `k6: all ${k6.thresholds.length} thresholds ok`,
            read: (a) => (a.kind === 'value' ? failed.length : undefined),
        };
    };
}
