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
export declare const SATURATION: {
    readonly lagP99Ms: 100;
    readonly lagMeanMs: 20;
    readonly lagMaxMs: 250;
    readonly cpuPercent: 97;
};
export declare class GeneratorMonitor {
    private h;
    private cpu0;
    private t0;
    start(): void;
    stop(): GeneratorHealth;
}
export declare function saturationReason(h: Pick<GeneratorHealth, 'eventLoopLagMsP99' | 'eventLoopLagMsMean'> & {
    eventLoopLagMsMax?: number;
}): string | undefined;
