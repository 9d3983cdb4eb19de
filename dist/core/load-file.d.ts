import type { z } from 'zod';
export interface LoadedFile<T> {
    file: string;
    data: T;
    /** 1-based line of a path inside the file, when the format keeps positions (YAML, JSON). */
    lineOf(path: ReadonlyArray<string | number>): number | undefined;
}
export declare function loadFile<S extends z.ZodType>(file: string, schema: S): Promise<LoadedFile<z.infer<S>>>;
/** The file's data before validation, for callers that merge it with flags first. */
export declare function readRaw(file: string): Promise<{
    raw: unknown;
    lineOf: (p: ReadonlyArray<string | number>) => number | undefined;
}>;
/**
 * `${VAR}` and `${VAR:-default}` in a YAML or JSON file's strings take the environment's
 * values (targets and secrets usually come from CI); `$${` writes a literal `${`. A variable
 * that is not set and has no default is a usage error naming the file and the path.
 */
export declare function substituteEnv(file: string, value: unknown, env?: NodeJS.ProcessEnv): unknown;
export declare function formatPath(path: ReadonlyArray<PropertyKey>): string;
export declare function formatIssues(file: string, issues: ReadonlyArray<z.core.$ZodIssue>): string;
