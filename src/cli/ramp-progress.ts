// Live progress for a ramp: on a terminal one line per step, updating while it runs (a
// cli-progress bar); in CI logs plain lines, one when a step starts and one when it ends.
import cliProgress from 'cli-progress';
import type { LoadStep } from '../probes/load/block.ts';
import type { RampEvents } from '../probes/load/ramp.ts';
import { ms, percent, int } from '../reports/format.ts';

export function rampProgress(unit: string, stream: NodeJS.WriteStream = process.stderr): RampEvents {
  const tty = Boolean(stream.isTTY) && !process.env.CI;
  let bar: cliProgress.SingleBar | undefined;
  let label = '';
  const line = (s: LoadStep) => {
    const verdict = (s.breaks ?? []).length ? `BREAKS: ${s.breaks!.join('; ')}` : s.trusted === false ? `untrusted: ${s.untrustedReason}` : 'ok';
    return `${label} ${int(s.requests)} req, ${int(s.rps)} req/s, p95 ${ms(s.latencyMs.p95)}, p99 ${ms(s.latencyMs.p99)}, errors ${percent(s.errorRate)} — ${verdict}`;
  };
  return {
    stepStart(level, phase, index, planned) {
      label = `step ${index + 1}${phase === 'refine' ? ' (refine)' : `/${planned}`}: ${level} ${unit}`;
      if (tty) {
        bar = new cliProgress.SingleBar(
          {
            format: `${label} [{bar}] {elapsed}s/{total}s · {requests} req · p99 {p99} · errors {errors}`,
            stream,
            hideCursor: true,
            clearOnComplete: true,
            barsize: 20,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(1, 0, { elapsed: 0, requests: 0, p99: '–', errors: '0%' });
      } else {
        stream.write(`${label} ...\n`);
      }
    },
    stepProgress(_level, rec, elapsedMs, totalMs) {
      if (!bar) return;
      bar.setTotal(Math.round(totalMs / 1000));
      bar.update(Math.min(totalMs, elapsedMs) / 1000 > 0 ? Math.floor(elapsedMs / 1000) : 0, {
        elapsed: (elapsedMs / 1000).toFixed(0),
        requests: int(rec.requests),
        p99: rec.requests ? ms(rec.histogram.getValueAtPercentile(99) / 1000) : '–',
        errors: percent(rec.errorRate),
      });
    },
    stepEnd(step) {
      if (bar) {
        bar.stop();
        bar = undefined;
      }
      stream.write(line(step) + '\n');
    },
  };
}
