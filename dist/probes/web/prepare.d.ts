import type { GateDef } from '../../core/metric.js';
import type { Journey } from './journey.js';
import { type PlannedPage, type WebConfig } from './web-config.js';
export interface WebPrepared {
    config: WebConfig;
    /** Every (page, device) to measure, in order. */
    planned: PlannedPage[];
    /** The journey files, loaded and checked. */
    journeys: {
        file: string;
        journey: Journey;
    }[];
    /** The budget files' gates, one entry per file. */
    budgets: {
        file: string;
        defs: GateDef[];
    }[];
}
export declare function prepareWeb(config: WebConfig, where?: string): Promise<WebPrepared>;
