// Mann-Whitney U test (two-sided): did two sets of samples come from the same distribution?
// Used where a metric has several samples per run (Lighthouse runs, journey runs), so a
// baseline comparison can tell a real regression from noise. Exact distribution for small
// samples (no ties), normal approximation with tie correction otherwise.
import { wilcoxonRankSum } from 'simple-statistics';
export function mannWhitneyU(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0 || n2 === 0)
        throw new Error('mannWhitneyU needs samples on both sides');
    const r1 = wilcoxonRankSum(a, b); // rank sum of `a` in the pooled sample (ties get mean ranks)
    const u1 = r1 - (n1 * (n1 + 1)) / 2;
    const u = Math.min(u1, n1 * n2 - u1);
    const pooled = [...a, ...b];
    const ties = new Set(pooled).size !== pooled.length;
    if (!ties && n1 * n2 <= 400)
        return { u, p: Math.min(1, 2 * exactCdf(u, n1, n2)), method: 'exact' };
    // Normal approximation with tie correction and continuity correction.
    const n = n1 + n2;
    const counts = new Map();
    for (const x of pooled)
        counts.set(x, (counts.get(x) ?? 0) + 1);
    let tieSum = 0;
    for (const t of counts.values())
        tieSum += t ** 3 - t;
    const mu = (n1 * n2) / 2;
    const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieSum / (n * (n - 1))));
    if (sigma === 0)
        return { u, p: 1, method: 'normal' };
    const z = (Math.abs(u - mu) - 0.5) / sigma;
    return { u, p: Math.min(1, 2 * (1 - normalCdf(Math.max(0, z)))), method: 'normal' };
}
/** P(U <= u) under the null, by counting arrangements (dynamic programming). */
function exactCdf(u, n1, n2) {
    // f[i][j][k]: number of orderings of i a's and j b's with U = k.
    const max = n1 * n2;
    let prev = Array.from({ length: n2 + 1 }, () => new Array(max + 1).fill(0));
    for (let j = 0; j <= n2; j++)
        prev[j][0] = 1;
    for (let i = 1; i <= n1; i++) {
        const cur = Array.from({ length: n2 + 1 }, () => new Array(max + 1).fill(0));
        cur[0][0] = 1;
        for (let j = 1; j <= n2; j++) {
            for (let k = 0; k <= i * j; k++) {
                // Last element is an `a` (adds j to U) or a `b` (adds nothing).
                cur[j][k] = (k >= j ? prev[j][k - j] : 0) + cur[j - 1][k];
            }
        }
        prev = cur;
    }
    const dist = prev[n2];
    const total = dist.reduce((s, x) => s + x, 0);
    let acc = 0;
    for (let k = 0; k <= Math.floor(u); k++)
        acc += dist[k];
    return acc / total;
}
function normalCdf(z) {
    // Abramowitz-Stegun 7.1.26 approximation of erf, accurate to ~1e-7.
    const t = 1 / (1 + 0.3275911 * (z / Math.SQRT2));
    const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(z * z) / 2);
    return 0.5 * (1 + y);
}
