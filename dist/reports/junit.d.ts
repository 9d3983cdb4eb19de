import type { ResultEnvelope as Result } from '../core/result.js';
export declare function renderJunit(r: Result): string;
