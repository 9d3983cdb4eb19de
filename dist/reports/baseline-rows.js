const ORDER = { fail: 0, warn: 1, inconclusive: 2, new: 3, pass: 4 };
export function baselineRows(b) {
    return [...b.comparisons]
        .sort((x, y) => (ORDER[x.outcome] ?? 9) - (ORDER[y.outcome] ?? 9))
        .map((c) => [
        c.outcome,
        c.label,
        c.baseline === null ? '–' : String(c.baseline),
        String(c.current),
        c.worseBy === null ? '–' : `${c.worseBy > 0 ? '+' : ''}${(c.worseBy * 100).toFixed(1)}%`,
        c.test ? `p = ${c.test.p} (n ${c.test.n[0]}/${c.test.n[1]})` : '',
    ]);
}
export const BASELINE_HEAD = ['outcome', 'metric', 'baseline', 'now', 'worse by', 'test'];
