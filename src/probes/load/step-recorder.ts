import type { LatencyMs } from './block.ts';
import { HIGHEST_US, decodeHistogram, encodeHistogram, latencyFromHistogram, newLatencyHistogram } from '../../lib/histogram.ts';

export { decodeHistogram, latencyFromHistogram, newLatencyHistogram };

export class StepRecorder {
  readonly histogram = newLatencyHistogram();
  responses = 0;
  statusFailures = 0;
  socketFailures = 0;
  readonly errors: Record<string, number> = {};
  private measuring = false;
  private startedAt = 0;
  private stoppedAt = 0;

  start(now = performance.now()): void {
    this.measuring = true;
    this.startedAt = now;
  }

  stop(now = performance.now()): void {
    if (this.measuring) this.stoppedAt = now;
    this.measuring = false;
  }

  get isMeasuring(): boolean {
    return this.measuring;
  }

  /** Seconds inside the measurement window. */
  get windowS(): number {
    const end = this.measuring ? performance.now() : this.stoppedAt;
    return this.startedAt ? Math.max(0, (end - this.startedAt) / 1000) : 0;
  }

  /** A response arrived: by default 2xx/3xx is success (a flow step's `expect` says otherwise),
   * anything else an error named by its status. */
  response(status: number, latencyMs: number, counted = this.measuring, ok = status >= 200 && status < 400): void {
    if (!counted) return;
    this.responses++;
    this.histogram.recordValue(Math.min(HIGHEST_US, Math.max(1, Math.round(latencyMs * 1000))));
    if (!ok) {
      this.statusFailures++;
      const key = String(status);
      this.errors[key] = (this.errors[key] ?? 0) + 1;
    }
  }

  /** No response: socket error or timeout, named by its cause (ECONNRESET, timeout...). */
  failure(cause: string, counted = this.measuring): void {
    if (!counted) return;
    this.socketFailures++;
    this.errors[cause] = (this.errors[cause] ?? 0) + 1;
  }

  /** Every request that ended inside the window: answered, refused, reset or timed out. */
  get requests(): number {
    return this.responses + this.socketFailures;
  }

  get errorRate(): number {
    const total = this.requests;
    return total === 0 ? 0 : (this.statusFailures + this.socketFailures) / total;
  }

  /** The numbers since the last rotation, then start over (a soak's sample windows: the
   * histogram is reused, so a long run holds one window's worth of memory). */
  rotate(): { requests: number; errors: Record<string, number>; errorRate: number; latencyMs: LatencyMs } {
    const out = { requests: this.requests, errors: { ...this.errors }, errorRate: this.errorRate, latencyMs: this.latency() };
    this.reset();
    return out;
  }

  private reset(): void {
    this.histogram.reset();
    this.responses = 0;
    this.statusFailures = 0;
    this.socketFailures = 0;
    for (const k of Object.keys(this.errors)) delete this.errors[k];
  }

  latency(): LatencyMs {
    return latencyFromHistogram(this.histogram);
  }

  encodedHistogram(): string {
    return encodeHistogram(this.histogram);
  }

  /** The counts and histogram, as plain data a worker thread can post. */
  part(): RecorderPart {
    const { responses, statusFailures, socketFailures } = this;
    return { histogram: this.encodedHistogram(), responses, statusFailures, socketFailures, errors: { ...this.errors } };
  }

  /** Adds another recorder's part: histogram buckets added, so the merged percentiles are
   * exactly those of one histogram fed every value (never an average of percentiles). */
  addPart(p: RecorderPart): void {
    this.histogram.add(decodeHistogram(p.histogram));
    this.responses += p.responses;
    this.statusFailures += p.statusFailures;
    this.socketFailures += p.socketFailures;
    for (const [k, v] of Object.entries(p.errors)) this.errors[k] = (this.errors[k] ?? 0) + v;
  }

  /** Empties counts and histogram, keeping the window (a live view rebuilt from parts, four
   * times a second: without the percentiles rotate() computes, 7-8 ms of the main thread's
   * time each, which is lag the step is judged by and CPU its requests are charged). */
  clear(): void {
    this.reset();
  }
}

export interface RecorderPart {
  histogram: string;
  responses: number;
  statusFailures: number;
  socketFailures: number;
  errors: Record<string, number>;
}

/** Classify a socket-level error into a short cause for the breakdown. */
export function errorCause(err: unknown): string {
  const e = err as { code?: string; message?: string; name?: string };
  if (e?.message && /timed out|timeout/i.test(e.message)) return 'timeout';
  if (e?.name === 'TimeoutError' || e?.code === 'UND_ERR_HEADERS_TIMEOUT' || e?.code === 'UND_ERR_BODY_TIMEOUT') return 'timeout';
  // undici's "other side closed": the connection ended before the answer.
  if (e?.code === 'UND_ERR_SOCKET') return 'ECONNCLOSED';
  // undici 7 loses llhttp's error code (it looks the number up in a name-to-number table) but
  // keeps its reason: an answer that does not start with "HTTP/" is llhttp's INVALID_CONSTANT.
  if (e?.name === 'HTTPParserError' && !e.code) return /Expected HTTP\//.test(e.message ?? '') ? 'HPE_INVALID_CONSTANT' : 'HPE_PARSE_ERROR';
  if (e?.code) return e.code;
  return 'socket-error';
}
