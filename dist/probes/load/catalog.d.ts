import type { MetricInfo } from '../../core/probe.js';
export declare const LOAD_CATALOG: Record<string, MetricInfo>;
