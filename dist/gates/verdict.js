const RANK = { pass: 0, warn: 1, fail: 2, error: 3 };
export function worst(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}
/** What one gate contributes to the verdict. Not measured never counts as a pass. */
export function gateVerdict(g) {
    switch (g.outcome) {
        case 'pass':
            return 'pass';
        case 'warn':
            return 'warn';
        case 'fail':
            return 'fail';
        case 'error':
            return 'error';
        case 'not-measured':
            // A fail-level gate without a number fails closed; a warn-level one only warns.
            return g.level === 'fail' ? 'error' : 'warn';
    }
}
export function makeVerdict(gates, probes, interrupted = false) {
    if (interrupted)
        return 'error';
    let v = 'pass';
    for (const p of Object.values(probes)) {
        if (p?.status === 'error')
            v = worst(v, 'error');
    }
    for (const g of gates)
        v = worst(v, gateVerdict(g));
    return v;
}
