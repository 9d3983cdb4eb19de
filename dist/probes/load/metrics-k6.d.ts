import type { LoadProbe } from './block.ts';
import type { MetricLookup } from '../../core/metric.ts';
export declare const K6_THRESHOLDS_FAILED = "k6_thresholds_failed";
export declare function withK6Metrics(lookup: MetricLookup, probe: LoadProbe): MetricLookup;
