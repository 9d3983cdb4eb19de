// Universal Scalability Law (Gunther) fitted to a closed-model ramp:
//   X(N) = λN / (1 + σ(N−1) + κN(N−1))
// σ is contention (queueing on a shared resource), κ coherency (crosstalk between workers),
// λ the throughput of one worker alone. For fixed σ, κ the model is linear in λ, so λ has a
// closed form and the fit is a bounded search over σ, κ >= 0 only (variable projection):
// the textbook linearisation as a first guess, a log grid so a bad guess cannot trap it,
// then Nelder–Mead on √σ, √κ (which keeps both non-negative without clamping).
// Pure: points in, numbers out. No dependency; two parameters do not need a LM library.
export const USL_MIN_LEVELS = 4;
export const USL_MIN_R2 = 0.9;
/** κ below this is read as no coherency penalty (no finite peak). */
const KAPPA_ZERO = 1e-9;
export function fitUsl(points) {
    const pts = points.filter((p) => Number.isFinite(p.level) && Number.isFinite(p.rps) && p.level > 0 && p.rps >= 0);
    const distinct = new Set(pts.map((p) => p.level)).size;
    if (distinct < USL_MIN_LEVELS) {
        return {
            sigma: null,
            kappa: null,
            lambda: null,
            r2: null,
            peakThroughput: null,
            peakConcurrency: null,
            quality: 'insufficient',
            note: `insufficient: ${distinct} distinct concurrency level${distinct === 1 ? '' : 's'}; the USL needs at least ${USL_MIN_LEVELS}`,
        };
    }
    const best = minimise(pts);
    const lambda = bestLambda(pts, best.sigma, best.kappa);
    const r2 = rSquared(pts, best.sigma, best.kappa, lambda);
    const { peakConcurrency, peakThroughput } = peak(best.sigma, best.kappa, lambda);
    const quality = r2 >= USL_MIN_R2 ? 'good' : 'poor';
    const where = Number.isFinite(peakConcurrency)
        ? `throughput peaks near ${round(peakConcurrency, 1)} concurrent at ${round(peakThroughput, 1)} req/s`
        : best.sigma > 0
            ? `no coherency penalty: throughput levels off towards ${round(peakThroughput, 1)} req/s`
            : 'throughput grows linearly over the measured levels';
    const fit = `σ=${best.sigma.toPrecision(3)} (contention), κ=${best.kappa.toPrecision(3)} (coherency), λ=${round(lambda, 2)} req/s per unit`;
    return {
        sigma: best.sigma,
        kappa: best.kappa,
        lambda,
        r2,
        peakThroughput,
        peakConcurrency,
        quality,
        note: quality === 'good'
            ? `${fit}; ${where} (R²=${r2.toFixed(3)})`
            : `poor fit (R²=${r2.toFixed(3)} < ${USL_MIN_R2}): the throughput does not follow the USL; ${fit}`,
    };
}
/** The model's throughput at N. */
export function uslThroughput(n, sigma, kappa, lambda) {
    return (lambda * n) / (1 + sigma * (n - 1) + kappa * n * (n - 1));
}
function peak(sigma, kappa, lambda) {
    if (kappa > KAPPA_ZERO && sigma < 1) {
        const n = Math.sqrt((1 - sigma) / kappa);
        return { peakConcurrency: n, peakThroughput: uslThroughput(n, sigma, kappa, lambda) };
    }
    return { peakConcurrency: Infinity, peakThroughput: sigma > 0 ? lambda / sigma : Infinity };
}
/** λ minimising the squared error for fixed σ, κ: X = λ·g(N) is linear in λ. */
function bestLambda(pts, sigma, kappa) {
    let xg = 0;
    let gg = 0;
    for (const p of pts) {
        const g = uslThroughput(p.level, sigma, kappa, 1);
        xg += p.rps * g;
        gg += g * g;
    }
    return gg > 0 ? xg / gg : 0;
}
function sse(pts, sigma, kappa) {
    const lambda = bestLambda(pts, sigma, kappa);
    return pts.reduce((a, p) => a + (p.rps - uslThroughput(p.level, sigma, kappa, lambda)) ** 2, 0);
}
function rSquared(pts, sigma, kappa, lambda) {
    const mean = pts.reduce((a, p) => a + p.rps, 0) / pts.length;
    const tot = pts.reduce((a, p) => a + (p.rps - mean) ** 2, 0);
    const res = pts.reduce((a, p) => a + (p.rps - uslThroughput(p.level, sigma, kappa, lambda)) ** 2, 0);
    if (tot === 0)
        return res === 0 ? 1 : 0;
    return 1 - res / tot;
}
/** The linearisation N/C(N) − 1 = σ(N−1) + κN(N−1), with λ from the smallest N. */
function linearGuess(pts) {
    const first = pts.reduce((a, p) => (p.level < a.level ? p : a));
    const lambda0 = first.rps / first.level;
    let a11 = 0, a12 = 0, a22 = 0, b1 = 0, b2 = 0;
    for (const p of pts) {
        if (p.rps <= 0 || lambda0 <= 0)
            continue;
        const y = p.level / (p.rps / lambda0) - 1;
        const x1 = p.level - 1;
        const x2 = p.level * (p.level - 1);
        a11 += x1 * x1;
        a12 += x1 * x2;
        a22 += x2 * x2;
        b1 += x1 * y;
        b2 += x2 * y;
    }
    const det = a11 * a22 - a12 * a12;
    if (!(Math.abs(det) > 0))
        return { sigma: 0, kappa: 0 };
    return { sigma: clampSigma((b1 * a22 - b2 * a12) / det), kappa: Math.max(0, (a11 * b2 - a12 * b1) / det) };
}
const clampSigma = (s) => Math.min(1, Math.max(0, s));
function minimise(pts) {
    const cost = (s, k) => sse(pts, clampSigma(s), Math.max(0, k));
    let best = linearGuess(pts);
    let bestCost = cost(best.sigma, best.kappa);
    const grid = (lo, hi, n) => [0, ...Array.from({ length: n }, (_, i) => 10 ** (lo + ((hi - lo) * i) / (n - 1)))];
    for (const s of grid(-5, 0, 26)) {
        for (const k of grid(-9, 0, 37)) {
            const c = cost(s, k);
            if (c < bestCost)
                [best, bestCost] = [{ sigma: s, kappa: k }, c];
        }
    }
    // Nelder–Mead on (√σ, √κ): squares keep both parameters non-negative.
    const f = (v) => cost(v[0] ** 2, v[1] ** 2);
    const start = [Math.sqrt(best.sigma), Math.sqrt(best.kappa)];
    const v = nelderMead(f, start, [Math.max(0.05, start[0] * 0.2), Math.max(1e-3, start[1] * 0.2)]);
    const refined = { sigma: clampSigma(v[0] ** 2), kappa: v[1] ** 2 };
    return cost(refined.sigma, refined.kappa) <= bestCost ? refined : best;
}
function nelderMead(f, x0, step, iterations = 400) {
    const n = x0.length;
    let simplex = [x0, ...step.map((d, i) => x0.map((x, j) => (j === i ? x + d : x)))].map((x) => ({ x, y: f(x) }));
    const comb = (a, b, t) => a.map((ai, i) => ai + t * (b[i] - ai));
    for (let it = 0; it < iterations; it++) {
        simplex.sort((a, b) => a.y - b.y);
        const bestY = simplex[0].y;
        const worst = simplex[n];
        if (Math.abs(worst.y - bestY) <= 1e-12 * (Math.abs(bestY) + 1e-30))
            break;
        const centroid = Array.from({ length: n }, (_, j) => simplex.slice(0, n).reduce((a, p) => a + p.x[j], 0) / n);
        const reflect = comb(centroid, worst.x, -1);
        const yr = f(reflect);
        if (yr < bestY) {
            const expand = comb(centroid, worst.x, -2);
            const ye = f(expand);
            simplex[n] = ye < yr ? { x: expand, y: ye } : { x: reflect, y: yr };
        }
        else if (yr < simplex[n - 1].y) {
            simplex[n] = { x: reflect, y: yr };
        }
        else {
            const contract = comb(centroid, worst.x, 0.5);
            const yc = f(contract);
            if (yc < worst.y)
                simplex[n] = { x: contract, y: yc };
            else
                simplex = simplex.map((p, i) => (i === 0 ? p : { x: comb(simplex[0].x, p.x, 0.5), y: f(comb(simplex[0].x, p.x, 0.5)) }));
        }
    }
    simplex.sort((a, b) => a.y - b.y);
    return simplex[0].x;
}
function round(n, digits) {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
}
