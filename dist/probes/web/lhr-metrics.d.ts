import type { Result as LighthouseResult } from 'lighthouse';
/** Lighthouse audit id → shipgate metric name (ms, CLS unitless). */
export declare const TIMING_AUDITS: {
    readonly lcp: "largest-contentful-paint";
    readonly fcp: "first-contentful-paint";
    readonly tbt: "total-blocking-time";
    readonly cls: "cumulative-layout-shift";
    readonly speed_index: "speed-index";
    readonly tti: "interactive";
};
/** budget.json's resource types, as Lighthouse's resource-summary grouped network records. */
export declare const RESOURCE_TYPES: readonly ["document", "script", "stylesheet", "image", "media", "font", "other"];
export type ResourceType = (typeof RESOURCE_TYPES)[number];
/** Flat name → value for one run; names are what result.json keeps and gates read. */
export declare function lhrMetrics(lhr: LighthouseResult): Record<string, number>;
