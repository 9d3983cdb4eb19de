// Generator honesty: the load generator shares the machine with whatever it measures. When
// its own event loop lags, the latencies it records include its own queueing, so the step's
// numbers must not pass a gate.
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

export interface GeneratorHealth {
  eventLoopLagMsP99: number;
  eventLoopLagMsMean: number;
  /** The longest single stall: a frozen generator (GC, a stopped process) is one late tick. */
  eventLoopLagMsMax: number;
  cpuPercent: number;
}

/** Lag beyond these means the generator, not the target, set the pace. One long stall counts
 * too: it is a single tick however long, so p99 and the mean per tick hardly move, yet every
 * request in flight during it is timed with the stall in it (healthy steps stay under 30 ms). */
export const SATURATION = { lagP99Ms: 100, lagMeanMs: 20, lagMaxMs: 250, cpuPercent: 97, sendLagMeanMs: 20 } as const;

/** The generator's own delay before requests went out, on average: late against their intended
 * time (open models), or held back for a busy turn before their write (closed model,
 * http-engine.ts heldMs). Either way the target never saw them meanwhile. */
export function sendLagReason(mode: string, sendLagMsMean: number | undefined): string | undefined {
  if (sendLagMsMean === undefined || sendLagMsMean <= SATURATION.sendLagMeanMs) return undefined;
  const ms = Math.round(sendLagMsMean);
  return mode === 'concurrency'
    ? `load generator held requests back ${ms} ms on average before sending them`
    : `load generator fell behind its send schedule by ${ms} ms on average`;
}

export class GeneratorMonitor {
  private h: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  private cpu0 = process.cpuUsage();
  private t0 = performance.now();

  start(): void {
    this.h.reset();
    this.h.enable();
    this.cpu0 = process.cpuUsage();
    this.t0 = performance.now();
  }

  stop(): GeneratorHealth {
    this.h.disable();
    const cpu = process.cpuUsage(this.cpu0);
    const wallUs = (performance.now() - this.t0) * 1000;
    // The histogram counts the resolution itself as delay; subtract it.
    const lag = (ns: number) => Math.max(0, ns / 1e6 - 10);
    return {
      eventLoopLagMsP99: round(lag(this.h.percentile(99))),
      eventLoopLagMsMean: round(lag(this.h.mean)),
      eventLoopLagMsMax: round(lag(this.h.max)),
      cpuPercent: round(wallUs > 0 ? ((cpu.user + cpu.system) / wallUs) * 100 : 0),
    };
  }
}

export function saturationReason(h: Pick<GeneratorHealth, 'eventLoopLagMsP99' | 'eventLoopLagMsMean'> & { eventLoopLagMsMax?: number }): string | undefined {
  const max = h.eventLoopLagMsMax ?? 0; // absent in results written before it was measured
  if (h.eventLoopLagMsP99 > SATURATION.lagP99Ms || h.eventLoopLagMsMean > SATURATION.lagMeanMs || max > SATURATION.lagMaxMs) {
    return `load generator saturated: event-loop lag p99 ${h.eventLoopLagMsP99} ms, mean ${h.eventLoopLagMsMean} ms, longest stall ${max} ms`;
  }
  return undefined;
}

/** A step over threads: each lag figure at its worst over the main thread and every worker
 * (one starved thread delays every answer it reads, whatever the others did), so the step is
 * trusted only if every thread was. CPU is the process's (all threads), from the main thread. */
export function worstHealth(main: GeneratorHealth, threads: GeneratorHealth[]): GeneratorHealth {
  const all = [main, ...threads];
  return {
    eventLoopLagMsP99: Math.max(...all.map((h) => h.eventLoopLagMsP99)),
    eventLoopLagMsMean: Math.max(...all.map((h) => h.eventLoopLagMsMean)),
    eventLoopLagMsMax: Math.max(...all.map((h) => h.eventLoopLagMsMax)),
    cpuPercent: main.cpuPercent,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
