import type { MetricInfo } from '../../core/probe.js';
export declare const MIGRATE_CATALOG: Record<string, MetricInfo>;
