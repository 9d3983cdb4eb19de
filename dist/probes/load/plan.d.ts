import type { LoadStep } from './block.js';
import type { RampScenario } from './scenario.js';
export type StepPhase = NonNullable<LoadStep['phase']>;
export declare function unitOf(mode: RampScenario['mode']): string;
/** Levels to run in order: the planned steps, plus --headroom's level when beyond them. */
export declare function planLevels(s: RampScenario): {
    level: number;
    phase: StepPhase;
}[];
