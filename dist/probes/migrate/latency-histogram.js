// Traffic latencies in an HDR histogram (µs, 1 µs .. 10 min, 3 significant digits), saved
// compressed in result.json and read back for any percentile a gate asks. The same settings
// as the load probe's step recorder: a probe may not import another probe, so this lives here
// until both share one copy in src/lib.
import * as hdr from 'hdr-histogram-js';
const HIGHEST_US = 600_000_000;
const BIT_BUCKET_SIZE = 32;
export function newLatencyHistogram() {
    return hdr.build({
        lowestDiscernibleValue: 1,
        highestTrackableValue: HIGHEST_US,
        numberOfSignificantValueDigits: 3,
        bitBucketSize: BIT_BUCKET_SIZE,
        useWebAssembly: false,
    });
}
/** Milliseconds; all zero when nothing was recorded. */
export function latencyFromHistogram(h) {
    const ms = (us) => Math.round(us) / 1000;
    if (h.totalCount === 0)
        return { p50: 0, p90: 0, p95: 0, p99: 0, max: 0, min: 0, mean: 0, p999: 0 };
    return {
        p50: ms(h.getValueAtPercentile(50)),
        p90: ms(h.getValueAtPercentile(90)),
        p95: ms(h.getValueAtPercentile(95)),
        p99: ms(h.getValueAtPercentile(99)),
        max: ms(h.maxValue),
        min: ms(h.minNonZeroValue),
        mean: ms(h.mean),
        p999: ms(h.getValueAtPercentile(99.9)),
    };
}
export function encodeHistogram(h) {
    return hdr.encodeIntoCompressedBase64(h);
}
/** A saved histogram read back. */
export function decodeHistogram(encoded) {
    return hdr.decodeFromCompressedBase64(encoded, BIT_BUCKET_SIZE, false);
}
