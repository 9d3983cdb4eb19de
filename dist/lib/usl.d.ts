export interface UslPoint {
    /** Concurrency N (connections / VUs) of the step. */
    level: number;
    /** Throughput X(N) the step achieved, requests/second. */
    rps: number;
}
export interface UslFit {
    sigma: number | null;
    kappa: number | null;
    lambda: number | null;
    r2: number | null;
    /** Highest throughput the model predicts (λ/σ as N→∞ when κ≈0 and σ>0; Infinity if linear). */
    peakThroughput: number | null;
    /** N at the peak, √((1−σ)/κ); Infinity when κ≈0. */
    peakConcurrency: number | null;
    quality: 'good' | 'poor' | 'insufficient';
    note: string;
}
export declare const USL_MIN_LEVELS = 4;
export declare const USL_MIN_R2 = 0.9;
export declare function fitUsl(points: readonly UslPoint[]): UslFit;
/** The model's throughput at N. */
export declare function uslThroughput(n: number, sigma: number, kappa: number, lambda: number): number;
