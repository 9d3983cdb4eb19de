export interface ScratchServer {
    kind: 'embedded' | 'url';
    /** "PostgreSQL 15.18 ..." */
    version: string;
    major: number;
    /** Where, for the report: never carries a password. */
    where: string;
    settings?: Record<string, string>;
    /** A new uniquely named database, empty or a copy of `template` (one of ours). */
    createDatabase(template?: string): Promise<ScratchDatabase>;
    close(): Promise<void>;
}
export interface ScratchDatabase {
    name: string;
    /** Connection string, with password: pass to clients, never print. */
    url: string;
    drop(): Promise<void>;
}
/** Errors from pg or a tool may quote a connection string or the bare password: mask both. */
export declare function safeError(err: unknown, secrets?: readonly string[]): string;
export declare function openScratchServer(opts: {
    scratchUrl?: string;
    signal?: AbortSignal;
}): Promise<ScratchServer>;
