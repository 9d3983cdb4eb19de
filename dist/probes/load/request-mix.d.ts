import type { Endpoint } from './scenario.js';
export interface PreparedRequest {
    name: string;
    method: Endpoint['method'];
    path: string;
    headers: Record<string, string>;
    body?: string;
}
/**
 * The path a request goes to. The target's path is where the load goes (`--target
 * http://h/rate/` loads `/rate/`); a scenario path is appended to it, as Artillery, Gatling
 * and Locust append request paths to their base URL (`http://h/api` + `/items` = `/api/items`).
 */
export declare function requestPath(target: string, path: string | undefined): string;
export declare function prepareRequest(e: Endpoint, common: Record<string, string>, target: string): PreparedRequest;
/** One cycle of the mix: each endpoint appears `weight` times, spread out evenly. */
export declare function weightedSequence<T extends {
    weight: number;
}>(items: T[]): T[];
