import type { PreparedRequest } from './request-mix.js';
import { StepRecorder } from './step-recorder.js';
export interface OpenStepOptions {
    url: string;
    rate: number;
    warmupMs: number;
    durationMs: number;
    timeoutMs: number;
    maxConnections: number;
    requests: PreparedRequest[];
    signal?: AbortSignal;
    onProgress?: (r: StepRecorder, elapsedMs: number) => void;
}
export interface OpenStepResult {
    recorder: StepRecorder;
    /** Requests whose intended send time fell in the window. */
    offered: number;
    /** Answers that arrived inside the window, whenever sent: the throughput actually achieved. */
    completedInWindow: number;
    /** Mean lateness of actual dispatch against intended time: the generator's own delay. */
    sendLagMsMean: number;
}
export declare function runOpenStep(o: OpenStepOptions): Promise<OpenStepResult>;
