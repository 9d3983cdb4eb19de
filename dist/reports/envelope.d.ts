import type { Section } from '../core/report-model.js';
import type { BaselineBlock, GateOutcome, GateResult, Verdict } from '../core/result.js';
export declare const VERDICT_WORD: Record<Verdict, string>;
export declare const OUTCOME_ORDER: Record<GateOutcome, number>;
export declare const OUTCOME_MARK: Record<GateOutcome, string>;
export declare function sortedGates(gates: readonly GateResult[]): GateResult[];
/** Probes that ran and could not measure, each with why. */
export declare function probeErrors(probes: Record<string, unknown>): {
    name: string;
    message: string;
}[];
export declare function gatesSection(gates: readonly GateResult[], probes: Record<string, unknown>): Section;
export declare function baselineSection(b: BaselineBlock): Section;
