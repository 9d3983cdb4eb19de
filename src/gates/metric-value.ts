// What a gate reads: one measured metric, able to answer any aggregation its type allows.
import type { Aggregation, MetricType } from './threshold-parser.ts';

export interface MetricValue {
  type: MetricType;
  /** undefined: this aggregation was not measured. */
  read(agg: Aggregation): number | undefined;
  /** Where it was measured, e.g. "level 100". */
  at?: string;
  /** false: the numbers are not honest enough to pass a gate (e.g. generator saturated). */
  trusted: boolean;
  untrustedReason?: string;
}

/** Metrics of one probe: a value, or the reason it could not be measured. */
export type MetricLookup = (metric: string) => MetricValue | { missing: string };
