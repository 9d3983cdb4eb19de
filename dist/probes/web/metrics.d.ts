import type { MetricSpread, WebPage, WebProbe } from './block.js';
import type { Aggregation, MetricLookup } from '../../core/metric.js';
export declare const PAGE_TAGS: string[];
/** Which stored metric (and scale) a gate metric reads, or why it cannot. */
export declare function storedMetric(base: string, tags: Record<string, string>): {
    key: string;
    scale: number;
} | {
    missing: string;
};
export declare function urlPatternMatches(pattern: string, url: string): boolean;
export declare function pageMatches(page: Pick<WebPage, 'url' | 'device'>, tags: Record<string, string>): boolean;
export declare function readSpread(s: MetricSpread, a: Aggregation, scale?: number): number | undefined;
export declare function webMetricLookup(probe: WebProbe): MetricLookup;
