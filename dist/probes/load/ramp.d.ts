import type { LoadProbe, LoadStep } from './block.js';
import { type StepPhase } from './plan.js';
import type { RampScenario } from './scenario.js';
import type { StepRecorder } from './step-recorder.js';
import { type SamplerOptions } from './resource-sampler.js';
export type { StepPhase };
export interface RampEvents {
    stepStart?(level: number, phase: StepPhase, index: number, planned: number): void;
    stepProgress?(level: number, rec: StepRecorder, elapsedMs: number, totalMs: number): void;
    stepEnd?(step: LoadStep): void;
}
export interface RampOptions {
    target: string;
    /** What to sample per step besides the machine: target process, database, metrics endpoint. */
    sampling?: Omit<SamplerOptions, 'intervalMs'>;
    signal?: AbortSignal;
    events?: RampEvents;
}
export declare function runRamp(s: RampScenario, o: RampOptions): Promise<LoadProbe>;
