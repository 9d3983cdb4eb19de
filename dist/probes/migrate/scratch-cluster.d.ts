import { type PgBinDir } from './pg-binaries.js';
export interface ScratchCluster {
    host: string;
    port: number;
    user: string;
    password: string;
    dir: string;
    pid: number;
    bin: PgBinDir;
    stop(): Promise<void>;
}
export declare const SCRATCH_SETTINGS: Record<string, string>;
export declare function startScratchCluster(opts?: {
    signal?: AbortSignal;
    readyTimeoutMs?: number;
}): Promise<ScratchCluster>;
