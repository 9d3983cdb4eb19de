import { Command } from 'commander';
import type { AnyProbe, FlagSpec } from '../core/probe.js';
export declare function flagSpecs(probe: AnyProbe): FlagSpec[];
export declare function probeCommand(probe: AnyProbe): Command;
