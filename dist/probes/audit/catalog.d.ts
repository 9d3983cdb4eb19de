import type { MetricInfo } from '../../core/probe.js';
export declare const AUDIT_CATALOG: Record<string, MetricInfo>;
