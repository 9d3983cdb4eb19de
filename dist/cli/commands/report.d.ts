import { Command } from 'commander';
export declare const REPORT_FORMATS: readonly ["md", "html", "junit", "github", "terminal"];
export declare function reportCommand(): Command;
