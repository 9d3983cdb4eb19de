export interface DbSample {
    connections: number;
    waiting: number;
    slow: number;
}
export declare class DbSampler {
    private readonly url;
    private client;
    maxConnections: number;
    private statementsAtStart;
    note: string | undefined;
    constructor(url: string);
    connect(): Promise<void>;
    sample(): Promise<DbSample | undefined>;
    private statements;
    stepStart(): Promise<void>;
    /** The statements that took the most time during the step. */
    topStatements(n?: number): Promise<{
        query: string;
        calls: number;
        totalMs: number;
        meanMs: number;
    }[] | undefined>;
    close(): Promise<void>;
}
