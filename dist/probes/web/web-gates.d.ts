import type { GateDef } from '../../core/metric.js';
import type { WebConfig } from './web-config.js';
/** The budget files' gates, after the same checks as the probe's prepare. */
export declare function prepareWebRun(config: WebConfig): Promise<GateDef[]>;
