import { formatNumber } from "../lib/format.js";
export const VERDICT_WORD = {
    pass: 'PASS',
    warn: 'PASS with warnings',
    fail: 'FAIL',
    error: 'ERROR (could not measure)',
};
export const OUTCOME_ORDER = { error: 0, fail: 1, 'not-measured': 2, warn: 3, pass: 4 };
export const OUTCOME_MARK = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    error: '💥',
    'not-measured': '❔',
};
const TONE = { pass: 'good', warn: 'warn', fail: 'bad', error: 'bad', 'not-measured': 'bad' };
export function sortedGates(gates) {
    return [...gates].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
}
/** Probes that ran and could not measure, each with why. */
export function probeErrors(probes) {
    return Object.entries(probes)
        .filter(([, p]) => p?.status === 'error')
        .map(([name, p]) => ({ name, message: p.message ?? 'unknown error' }));
}
export function gatesSection(gates, probes) {
    const blocks = probeErrors(probes).map((e) => ({ kind: 'note', text: `💥 ${e.name} could not measure: ${e.message}`, tone: 'bad' }));
    blocks.push({
        kind: 'table',
        empty: 'No gates were judged.',
        columns: [
            { label: 'outcome', unit: 'text' },
            { label: 'gate', unit: 'text' },
            { label: 'expression', unit: 'text' },
            { label: 'actual', unit: 'text' },
            { label: 'level', unit: 'text' },
            { label: 'where', unit: 'text' },
            { label: 'detail', unit: 'text' },
        ],
        rows: sortedGates(gates).map((g) => [
            { text: g.outcome, icon: OUTCOME_MARK[g.outcome], tone: TONE[g.outcome] },
            { text: g.id, code: true },
            { text: `${g.metric} ${g.expression}`, code: true },
            g.actual === null ? '–' : formatNumber(g.actual),
            g.level,
            g.at ?? '',
            g.message,
        ]),
    });
    return { id: 'gates', title: `Gates (${gates.filter((g) => g.outcome === 'pass').length}/${gates.length} passed)`, blocks };
}
const COMPARE_ORDER = { fail: 0, warn: 1, inconclusive: 2, new: 3, pass: 4 };
const COMPARE_TONE = { fail: 'bad', warn: 'warn', inconclusive: 'muted', new: 'muted', pass: 'good' };
export function baselineSection(b) {
    if (b.missing) {
        return {
            id: 'baseline',
            title: 'Compared with the baseline',
            blocks: [{ kind: 'note', text: b.message ?? `${b.source} does not exist: nothing was compared`, tone: 'warn', terminal: true }],
        };
    }
    const rows = [...b.comparisons].sort((x, y) => (COMPARE_ORDER[x.outcome] ?? 9) - (COMPARE_ORDER[y.outcome] ?? 9));
    const withDelta = rows.filter((c) => c.worseBy !== null);
    const blocks = [
        {
            kind: 'note',
            text: `Baseline ${b.source}${b.baselineStartedAt ? ` (run of ${b.baselineStartedAt})` : ''}: worse by more than ${b.policy.warn * 100}% warns, more than ${b.policy.fail * 100}% fails.`,
        },
    ];
    if (withDelta.length) {
        blocks.push({
            kind: 'chart',
            id: 'baseline-deltas',
            title: 'Change against the baseline (positive = worse)',
            horizontal: true,
            height: Math.max(160, 40 + 28 * withDelta.length),
            x: { name: 'metric', type: 'category', categories: withDelta.map((c) => c.label) },
            y: [{ name: '% worse' }],
            marks: [
                { x: b.policy.warn * 100, label: 'warn', tone: 'warn' },
                { x: b.policy.fail * 100, label: 'fail', tone: 'bad' },
            ],
            series: [{ name: '% worse', type: 'bar', data: withDelta.map((c) => [c.label, +(c.worseBy * 100).toFixed(1)]) }],
        });
    }
    blocks.push({
        kind: 'table',
        columns: [
            { label: 'outcome', unit: 'text' },
            { label: 'metric', unit: 'text' },
            { label: 'baseline', unit: 'number' },
            { label: 'now', unit: 'number' },
            { label: 'worse by', unit: 'text' },
            { label: 'test', unit: 'text', terminal: false },
        ],
        rows: rows.map((c) => [
            { text: c.outcome, tone: COMPARE_TONE[c.outcome] },
            c.label,
            c.baseline,
            c.current,
            c.worseBy === null ? '–' : `${c.worseBy > 0 ? '+' : ''}${(c.worseBy * 100).toFixed(1)}%`,
            c.test ? `p = ${c.test.p} (n ${c.test.n[0]}/${c.test.n[1]})` : '',
        ]),
    });
    return { id: 'baseline', title: `Compared with the baseline${b.baselineStartedAt ? ` (${b.baselineStartedAt})` : ''}`, blocks };
}
