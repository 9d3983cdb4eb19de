export interface GaugeSpec {
    /** Name shown in reports, e.g. "db pool in use". */
    name: string;
    /** Metric to read, optionally with labels: `db_pool_connections{state="active"}`. */
    metric: string;
    /** The gauge's ceiling, a number or another metric's name (e.g. `db_pool_max`). */
    limit?: number | string;
    unit?: string;
}
export declare function parseExposition(text: string): Map<string, number>;
/** `{b="2",a="1"}` and `{a="1", b="2"}` name the same series. */
export declare function normaliseLabels(block: string): string;
export declare function readGauge(samples: Map<string, number>, metric: string): number | undefined;
export declare function scrape(url: string, timeoutMs?: number): Promise<Map<string, number>>;
