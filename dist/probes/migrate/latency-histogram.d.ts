import * as hdr from 'hdr-histogram-js';
export declare function newLatencyHistogram(): hdr.Histogram;
export interface Latency {
    p50: number;
    p90: number;
    p95: number;
    p99: number;
    p999: number;
    max: number;
    min: number;
    mean: number;
}
/** Milliseconds; all zero when nothing was recorded. */
export declare function latencyFromHistogram(h: hdr.Histogram): Latency;
export declare function encodeHistogram(h: hdr.Histogram): string;
/** A saved histogram read back. */
export declare function decodeHistogram(encoded: string): hdr.Histogram;
