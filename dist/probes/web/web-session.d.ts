import type { RunSession } from '../../runner/session.ts';
import { type WebConfig } from './web-config.ts';
export declare function runWebWithSession(session: RunSession, config: WebConfig, log?: (l: string) => boolean): Promise<void>;
