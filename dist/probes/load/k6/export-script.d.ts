import type { RampScenario } from '../scenario.js';
import type { GateSpec } from '../../../core/metric.js';
import { type K6RampPlan } from './ramp-plan.js';
/** The line an exported script prints before its summary JSON; ingest finds it in pod logs. */
export declare const SUMMARY_MARKER = "SHIPGATE_K6_SUMMARY";
export declare const SUMMARY_TREND_STATS: string[];
export interface ExportedScript {
    script: string;
    /** Header name -> environment variable the script reads it from. */
    secretHeaders: Record<string, string>;
    /** Gates that did not become k6 thresholds, and why. */
    skippedGates: string[];
    thresholds: Record<string, string[]>;
}
export declare function secretEnvName(header: string): string;
export declare function k6Thresholds(plan: K6RampPlan, gates: readonly GateSpec[]): {
    thresholds: Record<string, string[]>;
    skipped: string[];
};
export declare function exportK6Script(s: RampScenario, plan: K6RampPlan, target: string, gates: readonly GateSpec[], source: string, version: string): ExportedScript;
