import { type Command } from 'commander';
export interface OutputFlags {
    json?: boolean;
    quiet?: boolean;
}
export declare function outputOptions(cmd: Command): Command;
