export declare function isLoopbackHost(hostname: string): boolean;
/** Throws a usage error (exit 2) naming the flag, before any request is sent. */
export declare function assertTargetAllowed(url: string, allowHosts: readonly string[]): URL;
export { redactUrl } from '../lib/redact.js';
