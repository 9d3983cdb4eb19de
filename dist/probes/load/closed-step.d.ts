import type { PreparedRequest } from './request-mix.js';
import { StepRecorder } from './step-recorder.js';
import './autocannon-lost-answers.js';
export interface ClosedStepOptions {
    url: string;
    connections: number;
    warmupMs: number;
    durationMs: number;
    timeoutMs: number;
    requests: PreparedRequest[];
    signal?: AbortSignal;
    onProgress?: (r: StepRecorder, elapsedMs: number) => void;
}
export declare function runClosedStep(o: ClosedStepOptions): Promise<StepRecorder>;
