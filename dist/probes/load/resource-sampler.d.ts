import type { StepResources as StepResourcesSchema } from './block.js';
import type { DbSampler } from './db-sampler.js';
import { type GaugeSpec } from './metrics-scraper.js';
export interface Stat {
    mean: number;
    max: number;
}
export type StepResources = StepResourcesSchema;
export interface SamplerOptions {
    targetPid?: number;
    db?: DbSampler;
    metrics?: {
        url: string;
        gauges: GaugeSpec[];
    };
    intervalMs?: number;
}
export declare class ResourceSampler {
    private readonly o;
    private timer;
    private samples;
    private cpu;
    private mem;
    private load;
    private gen;
    private tCpu;
    private tRss;
    private tFds;
    private lastCpu;
    private lastGen;
    private lastT;
    private lastAt;
    private readonly cores;
    private readonly targetPid;
    private readonly intervalMs;
    private dbConn;
    private dbWait;
    private dbSlow;
    private dbSamples;
    private gauges;
    private pending;
    private errors;
    constructor(o?: SamplerOptions);
    start(): Promise<void>;
    /** Database and metrics endpoint: sampled alongside, never blocking the tick. */
    private sampleAsync;
    private reset;
    private sample;
    stop(): Promise<StepResources>;
}
