import { describe, expect, it } from 'vitest';
import { spikePhase, spikeRate, TimelineRecorder, type SpikeSchedule } from './spike-schedule.ts';

const schedule: SpikeSchedule = { base: 50, peak: 200, startMs: 3000, holdMs: 4000 };

/** Answers at known due times (ms from the spike's start), recorded as if `now` were due + latency. */
function record(rec: TimelineRecorder, answers: { due: number; latency: number; status?: number }[]) {
  const realNow = performance.now;
  try {
    for (const a of answers) {
      performance.now = () => a.due + a.latency;
      rec.response(a.status ?? 200, a.latency, true);
    }
  } finally {
    performance.now = realNow;
  }
}

describe('spike schedule and timeline', () => {
  it('offers the peak only during the hold, each of n threads a share', () => {
    expect([0, 2999, 3000, 6999, 7000].map(spikeRate(schedule))).toEqual([50, 50, 200, 200, 50]);
    expect(spikeRate(schedule, 2)(4000)).toBe(100);
    expect([-1, 0, 3999, 4000].map((t) => spikePhase(schedule, t))).toEqual(['before', 'spike', 'spike', 'after']);
  });

  it('timelines of two threads, added, equal one thread that recorded every answer', () => {
    // Due times across the three parts, latencies that grow after the spike, a few errors.
    const answers = Array.from({ length: 400 }, (_, i) => ({
      due: -3000 + i * 30,
      latency: 5 + (i % 7) * 3 + (i * 30 > 4000 ? 900 : 0),
      ...(i % 50 === 0 ? { status: 503 } : {}),
    }));
    const one = new TimelineRecorder(schedule);
    record(one, answers);
    const a = new TimelineRecorder(schedule);
    const b = new TimelineRecorder(schedule);
    record(
      a,
      answers.filter((_, i) => i % 2 === 0),
    );
    record(
      b,
      answers.filter((_, i) => i % 2 === 1),
    );
    const merged = new TimelineRecorder(schedule);
    merged.addTimeline(a.timelinePart());
    merged.addTimeline(b.timelinePart());

    expect([...merged.buckets.keys()].sort((x, y) => x - y)).toEqual([...one.buckets.keys()].sort((x, y) => x - y));
    for (const [k, bucket] of one.buckets) {
      const m = merged.buckets.get(k)!;
      expect([m.requests, m.failed, m.errors]).toEqual([bucket.requests, bucket.failed, bucket.errors]);
      for (const p of [50, 95, 99]) expect(m.hist.getValueAtPercentile(p)).toBe(bucket.hist.getValueAtPercentile(p));
    }
    for (const phase of ['before', 'spike', 'after'] as const) {
      expect(merged.phases[phase].requests).toBe(one.phases[phase].requests);
      expect(merged.phases[phase].hist.getValueAtPercentile(95)).toBe(one.phases[phase].hist.getValueAtPercentile(95));
    }
    expect(one.phases.before.requests + one.phases.spike.requests + one.phases.after.requests).toBe(400);
    expect(one.phases.after.hist.getValueAtPercentile(50)).toBeGreaterThan(900_000);
  });
});
