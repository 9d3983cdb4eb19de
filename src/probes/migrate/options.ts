// What a migrate run is given (read and checked by prepare) and the events it reports as it
// goes. Apart from the code that runs it, so the pieces that use them import no cycle.
import type { MigrateProbe } from './block.ts';
import type { DatasetSpec } from './dataset.ts';
import type { MigrationFile } from './migration-files.ts';
import type { RunnerEvents } from './migration-runner.ts';
import type { SynthesisEvents } from './synthesize.ts';

export interface MigrateOptions {
  migrations?: MigrationFile[];
  command?: string;
  dataset?: { spec: DatasetSpec; file: string };
  dump?: string;
  scratchUrl?: string;
  /** Sizes to run, as fractions of the dataset; the last (largest) is reported in full. */
  scales: number[];
  /** Runs per size on fresh copies of the data; each statement keeps its best time. */
  repeat: number;
  prodRows: Record<string, number>;
  traffic: boolean;
  largeTableRows: number;
  sampleIntervalMs: number;
  statementTimeoutMs: number;
  signal?: AbortSignal;
  events?: MigrateEvents;
  log?: (line: string) => void;
  onPartial?: (p: MigrateProbe) => void;
}

export interface MigrateEvents extends RunnerEvents, SizeRunEvents {
  server?(version: string, where: string): void;
  synthesis?: SynthesisEvents;
  restoreStart?(file: string): void;
}

export interface SizeRunEvents {
  /** Building the data for one size. */
  buildStart?(scale: number, index: number, total: number): void;
  /** One pass of the migrations: size `index` of `total`, round `round` of `rounds`. */
  passStart?(scale: number, index: number, total: number, round: number, rounds: number): void;
}
