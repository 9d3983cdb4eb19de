export interface GeneratorHealth {
    eventLoopLagMsP99: number;
    eventLoopLagMsMean: number;
    cpuPercent: number;
}
/** Lag beyond these means the generator, not the target, set the pace. */
export declare const SATURATION: {
    readonly lagP99Ms: 100;
    readonly lagMeanMs: 20;
    readonly cpuPercent: 97;
};
export declare class GeneratorMonitor {
    private h;
    private cpu0;
    private t0;
    start(): void;
    stop(): GeneratorHealth;
}
export declare function saturationReason(h: GeneratorHealth): string | undefined;
