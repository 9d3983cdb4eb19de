export declare const CONFIG_NAMES: string[];
export declare function findConfig(cwd: string): string;
