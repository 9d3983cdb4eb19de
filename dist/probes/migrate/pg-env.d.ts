export declare function pgEnv(url: string): Record<string, string>;
