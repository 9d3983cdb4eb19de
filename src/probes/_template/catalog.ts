// TEMPLATE: the metrics gates may read, with their k6 type (it decides the aggregations).
import type { MetricInfo } from '../../core/probe.ts';

export const TEMPLATE_CATALOG: Record<string, MetricInfo> = {
  took_ms: { type: 'gauge', description: 'how long the pause took (ms)' },
};
