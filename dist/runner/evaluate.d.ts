import type { Comparable, GateSpec } from '../core/metric.js';
import type { GateResult } from '../core/result.js';
import type { Section } from '../core/report-model.js';
import { type ProbeMetrics } from '../gates/judge.js';
import type { ProbeBlocks, Result } from './result.js';
/** What gates read, per probe that ran; a probe that could not measure makes its gates errors. */
export declare function probeMetrics(blocks: ProbeBlocks): ProbeMetrics;
/** Judge every gate; a probe that ran and that no gate judged is said, and is not a pass. */
export declare function judgeAll(gates: readonly GateSpec[], blocks: ProbeBlocks): GateResult[];
/** What a baseline compares, over every probe (error blocks compare nothing). */
export declare function comparablesOf(blocks: ProbeBlocks): Comparable[];
/** Every probe's report sections, in registry order, each with the gates judged on it. */
export declare function sectionsOf(r: Result): Section[];
/** Fan gates out over what was measured (web budgets per page); optional ones matching nothing drop. */
export declare function expandGates(gates: GateSpec[], blocks: ProbeBlocks): {
    gates: GateSpec[];
    skipped: GateSpec[];
};
