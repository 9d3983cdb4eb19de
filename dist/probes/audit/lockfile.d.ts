export interface LockNode {
    /** node_modules/a/node_modules/b, as npm writes it. */
    location: string;
    name: string;
    version: string;
    /** Only the devDependencies tree needs it (npm's `dev` flag). */
    dev: boolean;
    optional: boolean;
    /** [direct dependency, …, this package]; from the install location when unreachable. */
    path: string[];
}
export interface Lockfile {
    file: string;
    lockfileVersion: number;
    nodes: LockNode[];
    byLocation: Map<string, LockNode>;
}
/** npm-shrinkwrap.json wins over package-lock.json, as in npm. */
export declare function lockfilePath(dir: string): string | undefined;
export declare function readLockfile(dir: string): Promise<Lockfile>;
export declare function readJson(file: string): Promise<unknown>;
/** `pkg` (package.json) supplies the project's own dependencies for lockfile v1, which omits them. */
export declare function parseLockfile(json: unknown, file: string, pkg?: unknown): Lockfile;
export declare function nameFromLocation(location: string): string;
export declare function namesInLocation(location: string): string[];
