// The probe contract. A probe is one folder, `src/probes/<name>/`, whose index exports one
// object `satisfies Probe`: what its config section looks like and which flags set it, how it
// reads and checks its inputs (prepare: the only place a usage error may come from), how it
// measures (measure: the runner catches whatever it throws), its result.json block, the
// playbook's default gates, the metrics gates read, what a baseline compares, and its report
// sections. The registry lists probes once; the runner, the CLI, the gate files, the metric
// catalog, the config type and the JSON Schema all come from it.
//
// Keep a probe's index light: heavy libraries (Lighthouse, Playwright, pg) are imported inside
// `measure`, so `shipgate --help` and the other probes never load them.
import type { z } from 'zod';
import type { Comparable, GateDef, GateSpec, MetricLookup, MetricType } from './metric.ts';
import type { Section } from './report-model.ts';
import type { Progress } from './progress.ts';
import type { GateResult } from './result.ts';

/** One command-line flag and the config key it sets (vitest's cli-config, in spirit). */
export interface FlagSpec {
  /** Commander syntax, e.g. "--steps <list>" or "--refine". */
  flags: string;
  description: string;
  /** Dotted path in the probe's config section, e.g. "service.command". */
  path: string;
  /** Turns the flag's text into the config value (a bad value is exit 2 naming the flag). */
  parse?: (value: string, previous: unknown) => unknown;
  /** Repeatable flag: values collect into a list. */
  repeatable?: boolean;
  choices?: readonly string[];
  /** Also read from this environment variable (SHIPGATE_...). */
  env?: string;
}

/**
 * Every top-level key of the probe's config section, mapped to its flags, or to null when
 * it has none (set it in the config file): a key cannot be added without deciding.
 */
export type FlagTable<ConfigIn> = { [K in keyof Required<ConfigIn>]: FlagSpec | FlagSpec[] | null };

export interface PrepareContext {
  /** How the section is named in messages: "shipgate.config.ts: load" or "--flags". */
  where: string;
  /** Hosts other than loopback that may receive load. */
  allowHosts: readonly string[];
}

export interface MeasureContext<Block> {
  signal: AbortSignal;
  log(line: string): void;
  progress: Progress;
  /** What was measured so far: an interrupted run writes it. */
  partial(block: Block): void;
}

export interface Probe<Name extends string = string, ConfigIn = unknown, Config = unknown, Prepared = unknown, B extends ProbeBlock = ProbeBlock> {
  name: Name;
  /** One line, for --help and the docs. */
  description: string;
  /** The config section `<name>:` in shipgate.config.*; its input type is what users write. */
  config: z.ZodType<Config, ConfigIn>;
  /** The single-probe command (`shipgate <command>`) and its flags. */
  command: {
    name: string;
    description: string;
    flags: FlagTable<ConfigIn>;
    /** Default --max-run-time of the command (ms; default 30 min). */
    maxRunTime?: number;
  };
  /** The result.json block. */
  block: z.ZodType<B>;
  /** Read and check everything (files, URLs, waivers...). Throws UsageError, measures nothing. */
  prepare(config: Config, ctx: PrepareContext): Promise<Prepared>;
  /** Measure. Throws ProbeError (or anything): the runner turns it into an error block. */
  measure(p: Prepared, ctx: MeasureContext<B>): Promise<B>;
  /** A block for a probe that could not measure; `partial` is what it had measured. */
  errorBlock(p: Prepared, message: string, partial: B | undefined): B;
  /** A line for logs when it starts, e.g. "ramp 100, 500 connections". */
  describe(p: Prepared): string;
  gates: {
    /** Packaged gate files (names in gates/) that judge it when no user gate file has its section. */
    defaults(p: Prepared): string[];
    /** Gates its settings add whatever the files say (--headroom, --fail-on, budget files). */
    extra?(p: Prepared): { defs: GateDef[]; where: string }[];
    /**
     * After measuring: fan gates out over what was measured (a web budget per page) and drop
     * the optional ones that match nothing; the others that match nothing stay, to be judged
     * not-measured.
     */
    expand?(gates: GateSpec[], block: B): { gates: GateSpec[]; skipped: GateSpec[] };
  };
  metrics: {
    /** Metric name → its type and meaning; `prefix.*` stands for any `prefix.<name>`. */
    catalog: Record<string, MetricInfo>;
    lookup(block: B): MetricLookup;
    /**
     * An error block is normally judged "error" as a whole. A probe whose block keeps what it
     * did measure (web: pages measured before another failed) says true, and its lookup
     * answers "missing" for what failed.
     */
    judgesPartial?: boolean | ((block: B) => boolean);
  };
  /** What a baseline compares (empty when the block is an error). */
  comparables(block: B): Comparable[];
  /** The report sections, from the block alone and the gates judged on this probe. */
  report(block: B, gates: GateResult[]): Section[];
}

/** A metric gates may read: its k6 type decides the aggregations a threshold may use. */
export interface MetricInfo {
  type: MetricType;
  description: string;
  /** Tags it takes, e.g. "device, url" for web page metrics. */
  tags?: string;
}

/** What every probe block has: ok or error, and why. */
export interface ProbeBlock {
  status?: 'ok' | 'error';
  message?: string;
}

/** Any probe, as the registry holds it. */
// biome-ignore lint/suspicious/noExplicitAny: a list of probes of different types; each is checked by its own `satisfies Probe<...>`
export type AnyProbe = Probe<string, any, any, any, any>;
