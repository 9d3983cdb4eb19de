import { Command } from 'commander';
export declare function signoffCommand(): Command;
