// Compare a run with the last accepted one. The playbook's rule is the default: more than
// 10% worse -> warn ("investigate"); a larger step (25%) -> fail; both configurable per
// metric. Where both runs have several samples, a Mann-Whitney U test must also find the
// change significant, and too few samples say "inconclusive" instead of flapping.
import { z } from 'zod';
import { mannWhitneyU } from "../lib/mann-whitney.js";
export const Thresholds = z.strictObject({
    warn: z.number().positive().default(0.1),
    fail: z.number().positive().default(0.25),
});
export const BaselinePolicy = z.strictObject({
    warn: z.number().positive().default(0.1),
    fail: z.number().positive().default(0.25),
    /** Per-metric overrides, by key prefix, e.g. { "load.breaking_point": { warn: 0.05, fail: 0.2 } }. */
    metrics: z.record(z.string(), Thresholds.partial()).default({}),
    /** Fewer samples than this on either side: inconclusive. */
    minSamples: z.number().int().min(2).default(3),
    /** Significance level of the Mann-Whitney U test. */
    alpha: z.number().positive().max(0.5).default(0.05),
});
export { Comparison, BaselineBlock } from "../core/result.js";
function thresholdsFor(key, p) {
    let best = '';
    for (const prefix of Object.keys(p.metrics))
        if (key.startsWith(prefix) && prefix.length > best.length)
            best = prefix;
    const o = best ? p.metrics[best] : {};
    return { warn: o.warn ?? p.warn, fail: o.fail ?? p.fail };
}
const pctText = (x) => `${(x * 100).toFixed(1)}%`;
export function compareOne(cur, base, p) {
    const head = { probe: cur.probe, key: cur.key, label: cur.label, unit: cur.unit, current: cur.value };
    if (!base)
        return { ...head, baseline: null, worseBy: null, outcome: 'new', message: `${cur.label}: not in the baseline` };
    const delta = cur.worse === 'higher' ? cur.value - base.value : base.value - cur.value;
    const worseBy = base.value === 0 ? (delta === 0 ? 0 : delta > 0 ? Infinity : -Infinity) : delta / Math.abs(base.value);
    const t = thresholdsFor(cur.key, p);
    const shown = `${cur.label}: ${fmt(base.value)} → ${fmt(cur.value)} ${cur.unit}`;
    const change = Number.isFinite(worseBy)
        ? `${worseBy >= 0 ? '' : '−'}${pctText(Math.abs(worseBy))} ${worseBy >= 0 ? 'worse' : 'better'}`
        : delta > 0
            ? 'worse (baseline was 0)'
            : 'better';
    const base_ = { ...head, baseline: base.value, worseBy: Number.isFinite(worseBy) ? round(worseBy) : null };
    if (cur.absoluteFloor !== undefined && Math.abs(delta) < cur.absoluteFloor) {
        return { ...base_, outcome: 'pass', message: `${shown} (${change}, within the noise floor of ${cur.absoluteFloor} ${cur.unit})` };
    }
    let test;
    if (cur.samples || base.samples) {
        const a = cur.samples ?? [];
        const b = base.samples ?? [];
        if (a.length < p.minSamples || b.length < p.minSamples) {
            if (worseBy > t.warn) {
                return {
                    ...base_,
                    outcome: 'inconclusive',
                    message: `${shown} (${change}), but ${a.length} vs ${b.length} samples are too few to tell (need ${p.minSamples})`,
                };
            }
        }
        else {
            const mw = mannWhitneyU(a, b);
            test = { method: `mann-whitney-u (${mw.method})`, p: round(mw.p), n: [a.length, b.length] };
            if (worseBy > t.warn && mw.p > p.alpha) {
                return { ...base_, test, outcome: 'inconclusive', message: `${shown} (${change}), not significant (Mann-Whitney p = ${mw.p.toFixed(3)} > ${p.alpha})` };
            }
        }
    }
    const outcome = worseBy > t.fail ? 'fail' : worseBy > t.warn ? 'warn' : 'pass';
    const limit = outcome === 'fail' ? `more than ${pctText(t.fail)}` : outcome === 'warn' ? `more than ${pctText(t.warn)}: investigate` : `within ${pctText(t.warn)}`;
    return { ...base_, ...(test ? { test } : {}), outcome, message: `${shown} (${change}; ${limit})` };
}
/** Each of the run's comparables against the baseline's (the registry gathers both from the probes). */
export function compareWithBaseline(current, baseline, meta, policy) {
    const before = new Map(baseline.map((c) => [c.key, c]));
    return {
        source: meta.source,
        ...(meta.startedAt ? { baselineStartedAt: meta.startedAt } : {}),
        policy: { warn: policy.warn, fail: policy.fail },
        comparisons: current.map((c) => compareOne(c, before.get(c.key), policy)),
    };
}
/** Regressions become gates (warn or fail level); inconclusive and new ones stay reported only. */
export function baselineGates(b) {
    return b.comparisons
        .filter((c) => c.outcome === 'pass' || c.outcome === 'warn' || c.outcome === 'fail')
        .map((c) => ({
        id: `baseline:${c.key}`,
        probe: c.probe,
        metric: c.key,
        expression: 'no worse than the baseline',
        actual: c.worseBy,
        level: c.outcome === 'fail' ? 'fail' : 'warn',
        outcome: c.outcome,
        message: c.message,
        at: `baseline ${b.baselineStartedAt ?? b.source}`,
    }));
}
function fmt(n) {
    return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);
}
function round(n) {
    return Math.round(n * 10000) / 10000;
}
