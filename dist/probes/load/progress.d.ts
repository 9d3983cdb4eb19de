import type { Progress } from '../../core/progress.ts';
import type { LoadStep } from './block.ts';
import type { RampEvents } from './ramp.ts';
export declare function rampProgress(progress: Progress, unit: string): RampEvents;
export declare function stepLine(s: LoadStep): string;
