import type { LoadProbe, LoadStep } from './block.ts';
import { type StepPhase } from './plan.ts';
import type { RampScenario } from './scenario.ts';
import type { StepRecorder } from './step-recorder.ts';
import { type SamplerOptions } from './resource-sampler.ts';
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
