// Generator honesty: the load generator shares the machine with whatever it measures. When
// its own event loop lags, the latencies it records include its own queueing, so the step's
// numbers must not pass a gate.
import { monitorEventLoopDelay } from 'node:perf_hooks';
/** Lag beyond these means the generator, not the target, set the pace. One long stall counts
 * too: it is a single tick however long, so p99 and the mean per tick hardly move, yet every
 * request in flight during it is timed with the stall in it (healthy steps stay under 30 ms). */
export const SATURATION = { lagP99Ms: 100, lagMeanMs: 20, lagMaxMs: 250, cpuPercent: 97 };
export class GeneratorMonitor {
    h = monitorEventLoopDelay({ resolution: 10 });
    cpu0 = process.cpuUsage();
    t0 = performance.now();
    start() {
        this.h.reset();
        this.h.enable();
        this.cpu0 = process.cpuUsage();
        this.t0 = performance.now();
    }
    stop() {
        this.h.disable();
        const cpu = process.cpuUsage(this.cpu0);
        const wallUs = (performance.now() - this.t0) * 1000;
        // The histogram counts the resolution itself as delay; subtract it.
        const lag = (ns) => Math.max(0, ns / 1e6 - 10);
        return {
            eventLoopLagMsP99: round(lag(this.h.percentile(99))),
            eventLoopLagMsMean: round(lag(this.h.mean)),
            eventLoopLagMsMax: round(lag(this.h.max)),
            cpuPercent: round(wallUs > 0 ? ((cpu.user + cpu.system) / wallUs) * 100 : 0),
        };
    }
}
export function saturationReason(h) {
    const max = h.eventLoopLagMsMax ?? 0; // absent in results written before it was measured
    if (h.eventLoopLagMsP99 > SATURATION.lagP99Ms || h.eventLoopLagMsMean > SATURATION.lagMeanMs || max > SATURATION.lagMaxMs) {
        return `load generator saturated: event-loop lag p99 ${h.eventLoopLagMsP99} ms, mean ${h.eventLoopLagMsMean} ms, longest stall ${max} ms`;
    }
    return undefined;
}
function round(n) {
    return Math.round(n * 10) / 10;
}
