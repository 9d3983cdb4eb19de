import type { LoadProbe } from './block.js';
import type { MetricLookup } from '../../core/metric.js';
export declare const K6_THRESHOLDS_FAILED = "k6_thresholds_failed";
export declare function withK6Metrics(lookup: MetricLookup, probe: LoadProbe): MetricLookup;
