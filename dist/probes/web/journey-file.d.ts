import { type Journey } from './journey.ts';
export declare function loadJourney(file: string): Promise<Journey>;
