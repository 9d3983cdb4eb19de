import type { Progress } from '../core/progress.js';
import { type ProbeName } from './registry.js';
import type { ShipgateConfig } from './config.js';
import { RunSession, type OutputMode } from './session.js';
export interface RunPlan {
    /** Recorded in result.json: "run", "ramp", "migrate"... */
    command: string;
    config: ShipgateConfig;
    /** How the config is named in messages: "shipgate.config.ts" or "--flags". */
    where: string;
    /** The probes to run (the config must have their sections). */
    probes: readonly ProbeName[];
    /** `--baseline`: must exist (a configured `baseline.file` that is missing only warns). */
    baselineFlag?: string | undefined;
    out?: string | undefined;
    output: OutputMode;
    progress: Progress;
}
export declare function execute(plan: RunPlan): Promise<number>;
/**
 * The baseline a run is compared with: `--baseline` must exist (exit 2 if not); a baseline
 * named in the config that does not exist is said loudly (a warn gate, and the report says
 * nothing was compared), since a typo there would silently turn off every regression gate.
 */
export declare function attachBaseline(session: RunSession, o: {
    flag?: string | undefined;
    configured?: string | undefined;
    policy?: unknown;
}): Promise<void>;
