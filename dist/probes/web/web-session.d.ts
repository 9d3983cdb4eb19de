import type { RunSession } from '../../runner/session.js';
import { type WebConfig } from './web-config.js';
export declare function runWebWithSession(session: RunSession, config: WebConfig, log?: (l: string) => boolean): Promise<void>;
