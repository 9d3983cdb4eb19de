import type { MetricInfo } from '../../core/probe.ts';
export declare const LOAD_CATALOG: Record<string, MetricInfo>;
