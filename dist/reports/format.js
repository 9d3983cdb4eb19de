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
export function ms(n) {
    if (n === undefined)
        return '–';
    if (n >= 1000)
        return `${(n / 1000).toFixed(2)} s`;
    if (n >= 100)
        return `${Math.round(n)} ms`;
    return `${n.toFixed(1)} ms`;
}
export function percent(x) {
    const v = x * 100;
    if (v === 0)
        return '0%';
    if (v < 0.01)
        return '<0.01%';
    return `${v >= 10 ? v.toFixed(1) : v.toFixed(2)}%`;
}
export function int(n) {
    return Math.round(n).toLocaleString('en-US');
}
export function errorBreakdown(errors) {
    const parts = Object.entries(errors).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}×${int(v)}`);
    return parts.length ? parts.join(', ') : '–';
}
/** A Markdown table cell: pipes escaped, on one line. */
export function escape(s) {
    return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
/** The cells every load-step table shows, in order: level, requests, req/s, p50, p95, p99, max, errors, by cause. */
export function stepCells(s, phase) {
    return [
        `${s.level}${s.phase && s.phase !== 'ramp' ? phase(s.phase) : ''}`,
        int(s.requests),
        int(s.rps),
        ms(s.latencyMs.p50),
        ms(s.latencyMs.p95),
        ms(s.latencyMs.p99),
        ms(s.latencyMs.max),
        percent(s.errorRate),
        errorBreakdown(s.errors),
    ];
}
