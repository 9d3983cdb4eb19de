import type { GateDef } from '../../core/metric.ts';
import type { WebConfig } from './web-config.ts';
/** The budget files' gates, after the same checks as the probe's prepare. */
export declare function prepareWebRun(config: WebConfig): Promise<GateDef[]>;
