import type { LatencyMs } from './block.js';
import { decodeHistogram, latencyFromHistogram, newLatencyHistogram } from '../../lib/histogram.js';
export { decodeHistogram, latencyFromHistogram, newLatencyHistogram };
export declare class StepRecorder {
    readonly histogram: import("hdr-histogram-js").Histogram;
    responses: number;
    statusFailures: number;
    socketFailures: number;
    readonly errors: Record<string, number>;
    private measuring;
    private startedAt;
    private stoppedAt;
    start(now?: number): void;
    stop(now?: number): void;
    get isMeasuring(): boolean;
    /** Seconds inside the measurement window. */
    get windowS(): number;
    /** A response arrived: 2xx/3xx is success, anything else an error named by its status. */
    response(status: number, latencyMs: number, counted?: boolean): void;
    /** No response: socket error or timeout, named by its cause (ECONNRESET, timeout...). */
    failure(cause: string, counted?: boolean): void;
    /** Every request that ended inside the window: answered, refused, reset or timed out. */
    get requests(): number;
    get errorRate(): number;
    latency(): LatencyMs;
    encodedHistogram(): string;
}
/** Classify a socket-level error into a short cause for the breakdown. */
export declare function errorCause(err: unknown): string;
