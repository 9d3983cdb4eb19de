import type { MetricInfo } from '../../core/probe.ts';
export declare const AUDIT_CATALOG: Record<string, MetricInfo>;
