import type { ResultEnvelope as Result } from '../core/result.ts';
export declare function renderJunit(r: Result): string;
