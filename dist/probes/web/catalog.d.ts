import type { MetricInfo } from '../../core/probe.js';
export declare const WEB_CATALOG: Record<string, MetricInfo>;
