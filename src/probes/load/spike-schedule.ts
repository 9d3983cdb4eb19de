// A spike's schedule (base → peak → base) and its timeline: every answer goes in the
// one-second bucket of the time its request was due, and in the part of the spike (before,
// spike, after) that time falls in. Plain data in and out, so a spike spread over worker
// threads runs the same schedule in each thread and the main thread adds their timelines
// (histograms added, counts summed) into one, as if one thread had sent it all.
import { HIGHEST_US, decodeHistogram, encodeHistogram, newLatencyHistogram } from '../../lib/histogram.ts';
import { StepRecorder } from './step-recorder.ts';

export interface SpikeSchedule {
  /** Requests/s (rate) or new users/s (arrivals) before and after the spike, and during it. */
  base: number;
  peak: number;
  /** When the spike starts, in ms from the schedule's start (the warm-up included). */
  startMs: number;
  holdMs: number;
}

export type SpikePhase = 'before' | 'spike' | 'after';

/** The offered rate at each moment (ms from the schedule's start); `of` threads each offer a share. */
export function spikeRate(s: SpikeSchedule, of = 1): (elapsedMs: number) => number {
  return (ms) => (ms >= s.startMs && ms < s.startMs + s.holdMs ? s.peak : s.base) / of;
}

/** The part of the spike a time falls in, in ms from the spike's start. */
export function spikePhase(s: SpikeSchedule, t: number): SpikePhase {
  return t < 0 ? 'before' : t < s.holdMs ? 'spike' : 'after';
}

export interface TimelineAcc {
  hist: ReturnType<typeof newLatencyHistogram>;
  requests: number;
  failed: number;
  errors: Record<string, number>;
}
const acc = (): TimelineAcc => ({ hist: newLatencyHistogram(), requests: 0, failed: 0, errors: {} });

interface AccPart {
  histogram: string;
  requests: number;
  failed: number;
  errors: Record<string, number>;
}
/** What a thread posts: its buckets (by second from the spike's start) and its three parts. */
export interface TimelinePart {
  buckets: [number, AccPart][];
  phases: Record<SpikePhase, AccPart>;
}

const toPart = (a: TimelineAcc): AccPart => ({ histogram: encodeHistogram(a.hist), requests: a.requests, failed: a.failed, errors: a.errors });
function addInto(a: TimelineAcc, p: AccPart): void {
  a.hist.add(decodeHistogram(p.histogram));
  a.requests += p.requests;
  a.failed += p.failed;
  for (const [k, v] of Object.entries(p.errors)) a.errors[k] = (a.errors[k] ?? 0) + v;
}

/** A step recorder that also puts each answer in the bucket of the time its request was due
 * (now − its latency, which is measured from that time) and in that time's part. */
export class TimelineRecorder extends StepRecorder {
  readonly buckets = new Map<number, TimelineAcc>();
  readonly phases: Record<SpikePhase, TimelineAcc> = { before: acc(), spike: acc(), after: acc() };

  /** `spikeAt`: the spike's start on this thread's performance.now() clock. */
  constructor(
    private readonly schedule: SpikeSchedule,
    private readonly spikeAt = 0,
  ) {
    super();
  }

  private add(dueMs: number, latencyMs: number | undefined, error: string | undefined): void {
    const t = dueMs - this.spikeAt;
    const key = Math.floor(t / 1000);
    let b = this.buckets.get(key);
    if (!b) this.buckets.set(key, (b = acc()));
    for (const a of [b, this.phases[spikePhase(this.schedule, t)]]) {
      a.requests++;
      if (latencyMs !== undefined) a.hist.recordValue(Math.min(HIGHEST_US, Math.max(1, Math.round(latencyMs * 1000))));
      if (error) {
        a.failed++;
        a.errors[error] = (a.errors[error] ?? 0) + 1;
      }
    }
  }

  override response(status: number, latencyMs: number, counted = this.isMeasuring, ok = status >= 200 && status < 400): void {
    super.response(status, latencyMs, counted, ok);
    if (counted) this.add(performance.now() - latencyMs, latencyMs, ok ? undefined : String(status));
  }

  override failure(cause: string, counted = this.isMeasuring): void {
    super.failure(cause, counted);
    if (counted) this.add(performance.now(), undefined, cause); // no answer: the time it failed
  }

  timelinePart(): TimelinePart {
    return {
      buckets: [...this.buckets].map(([k, a]) => [k, toPart(a)]),
      phases: { before: toPart(this.phases.before), spike: toPart(this.phases.spike), after: toPart(this.phases.after) },
    };
  }

  /** Another thread's timeline, added: buckets are seconds from the spike's start on every thread. */
  addTimeline(p: TimelinePart): void {
    for (const [k, part] of p.buckets) {
      let b = this.buckets.get(k);
      if (!b) this.buckets.set(k, (b = acc()));
      addInto(b, part);
    }
    for (const name of ['before', 'spike', 'after'] as const) addInto(this.phases[name], p.phases[name]);
  }
}
