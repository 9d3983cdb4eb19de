import { HIGHEST_US, decodeHistogram, encodeHistogram, latencyFromHistogram, newLatencyHistogram } from "../../lib/histogram.js";
export { decodeHistogram, latencyFromHistogram, newLatencyHistogram };
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
        return encodeHistogram(this.histogram);
    }
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
