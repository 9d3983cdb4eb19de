import type { MetricInfo } from '../../core/probe.ts';
export declare const WEB_CATALOG: Record<string, MetricInfo>;
