import { type Journey } from './journey.js';
export declare function loadJourney(file: string): Promise<Journey>;
