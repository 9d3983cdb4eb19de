import type { Progress } from '../../core/progress.js';
import type { LoadStep } from './block.js';
import type { RampEvents } from './ramp.js';
export declare function rampProgress(progress: Progress, unit: string): RampEvents;
export declare function stepLine(s: LoadStep): string;
