// Records one load step: latencies into an HDR histogram (never an array of every request),
// counts, and errors by cause. Only what arrives inside the measurement window counts;
// warm-up traffic is seen and dropped.
import * as hdr from 'hdr-histogram-js';
// Microseconds, 1 µs .. 10 min, 3 significant digits: 0.1% resolution at any latency.
const HIGHEST_US = 600_000_000;
export function newLatencyHistogram() {
    return hdr.build({
        lowestDiscernibleValue: 1,
        highestTrackableValue: HIGHEST_US,
        numberOfSignificantValueDigits: 3,
        bitBucketSize: 32,
        useWebAssembly: false,
    });
}
export class StepRecorder {
    histogram = newLatencyHistogram();
    responses = 0;
    statusFailures = 0;
    socketFailures = 0;
    errors = {};
    measuring = false;
    startedAt = 0;
    stoppedAt = 0;
    start(now = performance.now()) {
        this.measuring = true;
        this.startedAt = now;
    }
    stop(now = performance.now()) {
        if (this.measuring)
            this.stoppedAt = now;
        this.measuring = false;
    }
    get isMeasuring() {
        return this.measuring;
    }
    /** Seconds inside the measurement window. */
    get windowS() {
        const end = this.measuring ? performance.now() : this.stoppedAt;
        return this.startedAt ? Math.max(0, (end - this.startedAt) / 1000) : 0;
    }
    /** A response arrived: 2xx/3xx is success, anything else an error named by its status. */
    response(status, latencyMs, counted = this.measuring) {
        if (!counted)
            return;
        this.responses++;
        this.histogram.recordValue(Math.min(HIGHEST_US, Math.max(1, Math.round(latencyMs * 1000))));
        if (status < 200 || status >= 400) {
            this.statusFailures++;
            const key = String(status);
            this.errors[key] = (this.errors[key] ?? 0) + 1;
        }
    }
    /** No response: socket error or timeout, named by its cause (ECONNRESET, timeout...). */
    failure(cause, counted = this.measuring) {
        if (!counted)
            return;
        this.socketFailures++;
        this.errors[cause] = (this.errors[cause] ?? 0) + 1;
    }
    /** Every request that ended inside the window: answered, refused, reset or timed out. */
    get requests() {
        return this.responses + this.socketFailures;
    }
    get errorRate() {
        const total = this.requests;
        return total === 0 ? 0 : (this.statusFailures + this.socketFailures) / total;
    }
    latency() {
        return latencyFromHistogram(this.histogram);
    }
    encodedHistogram() {
        return hdr.encodeIntoCompressedBase64(this.histogram);
    }
}
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
/** Read a saved step histogram back, so any percentile can be judged from result.json. */
export function decodeHistogram(encoded) {
    return hdr.decodeFromCompressedBase64(encoded, 32, false);
}
/** Classify a socket-level error into a short cause for the breakdown. */
export function errorCause(err) {
    const e = err;
    if (e?.message && /timed out|timeout/i.test(e.message))
        return 'timeout';
    if (e?.name === 'TimeoutError' || e?.code === 'UND_ERR_HEADERS_TIMEOUT' || e?.code === 'UND_ERR_BODY_TIMEOUT')
        return 'timeout';
    if (e?.code)
        return e.code;
    return 'socket-error';
}
