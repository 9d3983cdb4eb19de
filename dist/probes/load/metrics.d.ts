import type { LoadProbe, LoadStep } from './block.js';
import type { MetricLookup } from '../../core/metric.js';
export declare function gateStep(probe: LoadProbe): LoadStep | undefined;
export declare function loadMetricLookup(probe: LoadProbe): MetricLookup;
/** The measured capacity: the last good level (a lower bound when the ramp never broke). */
export declare function capacity(probe: LoadProbe): number | undefined;
