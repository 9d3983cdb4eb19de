// Measuring a ramp: start the service if one is configured, check the target is allowed,
// sample what was asked, run the ramp, project growth. Inputs were checked by prepare
// (index.ts); a failure to measure is a block with status "error" (never a pass).
import type { LoadProbe } from './block.ts';
import { ProbeError, errorMessage } from '../../core/errors.ts';
import { redactUrl } from '../../core/allow-host.ts';
import type { ServiceSpec } from '../../core/service.ts';
import { openTarget, type OpenTarget } from './target-session.ts';
import type { RampScenario } from './scenario.ts';
import { runRamp, type RampEvents } from './ramp.ts';
import type { GaugeSpec } from './metrics-scraper.ts';
import { projectGrowth, standardSeries } from './growth-projection.ts';
import type { DataFeed } from './data-feed.ts';

export interface LoadProbeOptions {
  scenario: RampScenario;
  target?: string;
  targetPid?: number;
  /** PostgreSQL to sample read-only per step (connections, lock waits, slow queries). */
  dbUrl?: string;
  /** Prometheus/OpenMetrics endpoint and the gauges to read from it per step. */
  metrics?: { url: string; gauges: GaugeSpec[] };
  /** Growth projection: the current peak level (default: the expected level) and factor. */
  current?: number;
  growth?: number;
  service?: ServiceSpec;
  allowHosts: readonly string[];
  feeds?: DataFeed[];
  signal?: AbortSignal;
  events?: RampEvents;
  /** Partial results, step by step, for an interrupted run. */
  onPartial?: (p: LoadProbe) => void;
  log?: (line: string) => void;
}

export async function runLoadProbe(o: LoadProbeOptions): Promise<LoadProbe> {
  const s = o.scenario;
  const declared = o.target;
  let opened: OpenTarget | undefined;
  const empty = (target: string, message: string): LoadProbe => ({
    status: 'error',
    message,
    mode: s.mode,
    target: redactUrl(target),
    steps: [],
    breakingPoint: { found: false, lastGood: null, firstBad: null, reason: 'not measured' },
  });
  try {
    opened = await openTarget(o, o.log);
    const { target } = opened;
    const partialSteps: LoadProbe['steps'] = [];
    const events: RampEvents = {
      ...o.events,
      stepEnd: (step) => {
        partialSteps.push(step);
        o.events?.stepEnd?.(step);
        o.onPartial?.({ ...empty(target, 'interrupted'), status: 'ok', steps: [...partialSteps] });
      },
    };
    const { targetPid, db, metrics } = opened;
    const sampling = { ...(targetPid ? { targetPid } : {}), ...(db ? { db } : {}), ...(metrics ? { metrics } : {}) };
    const result = await runRamp(s, { target, sampling, ...(o.signal ? { signal: o.signal } : {}), events, ...(o.feeds ? { feeds: o.feeds } : {}) });
    const current = o.current ?? s.expect;
    if (current !== undefined && result.steps.length) {
      result.projection = projectGrowth(result.steps, standardSeries(result.steps), current, o.growth ?? 10);
    }
    if (o.signal?.aborted) {
      // Stopped from outside (Ctrl-C or the run's time cap): what ran is kept, but it is
      // not a complete measurement.
      return { ...result, status: 'error', message: `stopped before the ramp finished: ${errorMessage(o.signal.reason)}` };
    }
    return result;
  } catch (err) {
    const where = declared ?? opened?.service?.url ?? '(service)';
    if (err instanceof ProbeError) return empty(where, err.message);
    return empty(where, `unexpected failure: ${errorMessage(err)}`);
  } finally {
    await opened?.close();
  }
}
