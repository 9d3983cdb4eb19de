// A ramp's steps as progress tasks: "step 2/4: 500 connections" with requests, p99 and errors
// live on a terminal, and one line per finished step everywhere.
import type { Progress, ProgressTask } from '../../core/progress.ts';
import { int, ms, percent } from '../../lib/format.ts';
import type { LoadStep } from './block.ts';
import type { RampEvents } from './ramp.ts';

export function rampProgress(progress: Progress, unit: string): RampEvents {
  let task: ProgressTask | undefined;
  return {
    stepStart(level, phase, index, planned) {
      task = progress.task(`step ${index + 1}${phase === 'refine' ? ' (refine)' : `/${planned}`}: ${level} ${unit}`);
    },
    stepProgress(_level, rec, elapsedMs, totalMs) {
      const p99 = rec.requests ? ms(rec.histogram.getValueAtPercentile(99) / 1000) : '–';
      task?.update(
        Math.floor(elapsedMs / 1000),
        Math.round(totalMs / 1000),
        `${(elapsedMs / 1000).toFixed(0)}s · ${int(rec.requests)} req · p99 ${p99} · errors ${percent(rec.errorRate)}`,
      );
    },
    stepEnd(s) {
      task?.done(stepLine(s));
      task = undefined;
    },
  };
}

export function stepLine(s: LoadStep): string {
  const verdict = (s.breaks ?? []).length ? `BREAKS: ${s.breaks!.join('; ')}` : s.trusted === false ? `untrusted: ${s.untrustedReason}` : 'ok';
  return `${int(s.requests)} req, ${int(s.rps)} req/s, p95 ${ms(s.latencyMs.p95)}, p99 ${ms(s.latencyMs.p99)}, errors ${percent(s.errorRate)} — ${verdict}`;
}
