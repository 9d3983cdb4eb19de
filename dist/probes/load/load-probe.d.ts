import type { LoadProbe } from './block.js';
import { type ServiceSpec } from '../../core/service.js';
import type { RampScenario } from './scenario.js';
import { type RampEvents } from './ramp.js';
import type { GaugeSpec } from './metrics-scraper.js';
export interface LoadProbeOptions {
    scenario: RampScenario;
    target?: string;
    targetPid?: number;
    /** PostgreSQL to sample read-only per step (connections, lock waits, slow queries). */
    dbUrl?: string;
    /** Prometheus/OpenMetrics endpoint and the gauges to read from it per step. */
    metrics?: {
        url: string;
        gauges: GaugeSpec[];
    };
    /** Growth projection: the current peak level (default: the expected level) and factor. */
    current?: number;
    growth?: number;
    service?: ServiceSpec;
    allowHosts: readonly string[];
    signal?: AbortSignal;
    events?: RampEvents;
    /** Partial results, step by step, for an interrupted run. */
    onPartial?: (p: LoadProbe) => void;
    log?: (line: string) => void;
}
export declare function runLoadProbe(o: LoadProbeOptions): Promise<LoadProbe>;
