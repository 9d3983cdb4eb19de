export interface ServiceSpec {
    /** Shell command; `{port}` is replaced by a free loopback port. */
    command: string;
    /** URL of the service; `{port}` as above. */
    url: string;
    /** Path polled until it answers 2xx. */
    health?: string;
    readyTimeoutMs?: number;
    cwd?: string;
}
export interface RunningService {
    url: string;
    pid: number;
    stop(): Promise<void>;
}
export declare function freePort(): Promise<number>;
export declare function startService(spec: ServiceSpec): Promise<RunningService>;
