export type DumpFormat = 'custom' | 'tar' | 'directory' | 'plain';
export declare function dumpFormat(path: string): DumpFormat;
/** Roles a plain dump hands objects to (ALTER … OWNER TO x, GRANT … TO x). */
export declare function rolesInPlainDump(file: string): Promise<string[]>;
export declare function restoreDump(file: string, dbUrl: string, serverMajor: number, opts?: {
    signal?: AbortSignal;
    timeoutMs?: number;
    createRoles?: (roles: string[]) => Promise<void>;
}): Promise<DumpFormat>;
