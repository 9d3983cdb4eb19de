import type { ResultEnvelope as Result } from '../core/result.js';
export declare function underGitHubActions(env?: NodeJS.ProcessEnv): boolean;
export declare function publishToGitHub(r: Result, markdown: string, outDir: string): Promise<void>;
