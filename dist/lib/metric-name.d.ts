export interface MetricName {
    base: string;
    tags: Record<string, string>;
}
export declare function parseMetricName(metric: string): MetricName;
export declare function formatMetricName(n: MetricName): string;
/** The catalog key a base name falls under: itself, or its `prefix.*` wildcard. */
export declare function catalogKey<T>(catalog: Record<string, T>, base: string): string | undefined;
