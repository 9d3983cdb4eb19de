/** The one request the check sends (a probe's first request, or a page). */
export interface ReachabilityRequest {
    method: string;
    path: string;
    headers: Record<string, string>;
    body?: string;
}
export declare function checkReachable(target: string, req: ReachabilityRequest, timeoutMs: number, signal?: AbortSignal): Promise<void>;
