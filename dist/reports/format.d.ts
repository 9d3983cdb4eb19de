import type { GateOutcome, Verdict } from '../core/result.js';
import type { LoadStep } from '../probes/load/block.js';
export declare const VERDICT_WORD: Record<Verdict, string>;
export declare const OUTCOME_ORDER: Record<GateOutcome, number>;
export declare const OUTCOME_MARK: Record<GateOutcome, string>;
export declare function ms(n: number | undefined): string;
export declare function percent(x: number): string;
export declare function int(n: number): string;
export declare function errorBreakdown(errors: Record<string, number>): string;
/** A Markdown table cell: pipes escaped, on one line. */
export declare function escape(s: string): string;
/** The cells every load-step table shows, in order: level, requests, req/s, p50, p95, p99, max, errors, by cause. */
export declare function stepCells(s: LoadStep, phase: (p: string) => string): string[];
