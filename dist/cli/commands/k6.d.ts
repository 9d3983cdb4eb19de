import { Command } from 'commander';
export declare function k6Command(): Command;
