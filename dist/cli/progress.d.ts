import type { Progress } from '../core/progress.ts';
export declare function consoleProgress(opts?: {
    quiet?: boolean;
    stream?: NodeJS.WriteStream;
}): Progress;
