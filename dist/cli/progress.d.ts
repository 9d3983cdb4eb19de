import type { Progress } from '../core/progress.js';
export declare function consoleProgress(opts?: {
    quiet?: boolean;
    stream?: NodeJS.WriteStream;
}): Progress;
