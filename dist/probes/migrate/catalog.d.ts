import type { MetricInfo } from '../../core/probe.ts';
export declare const MIGRATE_CATALOG: Record<string, MetricInfo>;
