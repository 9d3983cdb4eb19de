import type { GateResult, Verdict } from '../core/result.js';
export declare function worst(a: Verdict, b: Verdict): Verdict;
/** What one gate contributes to the verdict. Not measured never counts as a pass. */
export declare function gateVerdict(g: GateResult): Verdict;
export declare function makeVerdict(gates: GateResult[], probes: Record<string, {
    status?: string;
} | undefined>, interrupted?: boolean): Verdict;
