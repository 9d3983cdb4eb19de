import { decodeHistogram } from "./step-recorder.js";
export function gateStep(probe) {
    const expect = probe.expectLevel ?? undefined;
    if (expect !== undefined)
        return probe.steps.find((s) => s.level === expect);
    return probe.steps[0];
}
export function loadMetricLookup(probe) {
    const unit = probe.mode === 'rate' ? 'req/s' : 'connections';
    const found = gateStep(probe);
    // A step in which no request completed has no latency to judge, however small it looks.
    const step = found && found.requests > 0 ? found : undefined;
    const trust = step ? { trusted: step.trusted !== false, ...(step.untrustedReason ? { untrustedReason: step.untrustedReason } : {}) } : { trusted: false };
    const at = step ? `level ${step.level} ${unit}` : undefined;
    let hist;
    const percentile = (p) => {
        if (!step)
            return undefined;
        const named = {
            50: step.latencyMs.p50,
            90: step.latencyMs.p90,
            95: step.latencyMs.p95,
            99: step.latencyMs.p99,
            99.9: step.latencyMs.p999,
            100: step.latencyMs.max,
        };
        if (named[p] !== undefined)
            return named[p];
        if (!step.histogram)
            return undefined;
        hist ??= decodeHistogram(step.histogram);
        return Math.round(hist.getValueAtPercentile(p)) / 1000;
    };
    const missingStep = () => ({
        missing: found
            ? `no request completed at level ${found.level} ${unit}`
            : probe.expectLevel != null
                ? `no step ran at the expected level ${probe.expectLevel} ${unit}`
                : 'no load step ran',
    });
    const metrics = {
        http_req_duration: () => step
            ? {
                type: 'trend',
                ...trust,
                ...(at ? { at } : {}),
                read: (a) => {
                    switch (a.kind) {
                        case 'avg':
                            return step.latencyMs.mean;
                        case 'min':
                            return step.latencyMs.min;
                        case 'max':
                            return step.latencyMs.max;
                        case 'med':
                            return step.latencyMs.p50;
                        case 'percentile':
                            return percentile(a.p);
                        default:
                            return undefined;
                    }
                },
            }
            : missingStep(),
        http_req_failed: () => step ? { type: 'rate', ...trust, ...(at ? { at } : {}), read: (a) => (a.kind === 'rate' ? step.errorRate : undefined) } : missingStep(),
        http_reqs: () => step
            ? { type: 'counter', ...trust, ...(at ? { at } : {}), read: (a) => (a.kind === 'count' ? step.requests : a.kind === 'rate' ? step.rps : undefined) }
            : missingStep(),
        breaking_point: () => {
            const v = capacity(probe);
            return v === undefined
                ? { missing: 'the ramp found no good level' }
                : { type: 'gauge', trusted: true, at: `ramp (${probe.breakingPoint.reason})`, read: (a) => (a.kind === 'value' ? v : undefined) };
        },
        headroom: () => {
            const v = capacity(probe);
            const expect = probe.expectLevel;
            if (v === undefined)
                return { missing: 'the ramp found no good level' };
            if (!expect)
                return { missing: 'headroom needs an expected level (--expect)' };
            return { type: 'gauge', trusted: true, at: `capacity ${v} / expected ${expect} ${unit}`, read: (a) => (a.kind === 'value' ? v / expect : undefined) };
        },
    };
    const proj = probe.projection;
    const utilization = (pick, what) => () => {
        if (!proj)
            return { missing: 'no growth projection (needs --expect or --current, and resource samples)' };
        const name = pick(proj.resources.map((r) => r.name));
        const r = proj.resources.find((x) => x.name === name);
        if (!r)
            return { missing: `no ${what} was sampled` };
        return { type: 'gauge', trusted: true, at: `${r.name} at ${proj.current} ${unit}`, read: (a) => (a.kind === 'value' ? r.utilizationAtCurrent : undefined) };
    };
    metrics.growth_multiple = () => {
        if (!proj)
            return { missing: 'no growth projection (needs --expect or --current, and resource samples)' };
        if (!proj.firstToBreak)
            return { missing: 'no sampled resource rises with load: nothing projects to a limit' };
        const f = proj.firstToBreak;
        return { type: 'gauge', trusted: true, at: `${f.name} first`, read: (a) => (a.kind === 'value' ? f.multiple : undefined) };
    };
    metrics.cpu_utilization = utilization((n) => n.find((x) => x.startsWith('target CPU')) ?? n.find((x) => x.startsWith('machine CPU')), 'CPU');
    metrics.memory_utilization = utilization((n) => n.find((x) => x === 'machine memory'), 'memory');
    metrics.pool_utilization = utilization((n) => n.find((x) => /pool/i.test(x)) ?? n.find((x) => x === 'database connections'), 'connection pool');
    return (name) => metrics[name]?.() ?? { missing: `unknown load metric ${name}` };
}
/** The measured capacity: the last good level (a lower bound when the ramp never broke). */
export function capacity(probe) {
    return probe.breakingPoint.lastGood ?? undefined;
}
