import type { MetricSpread, WebJourney, WebPage } from '../probes/web/block.js';
export declare const PAGE_COLUMNS: {
    head: string;
    key: string;
    fmt: (n: number) => string;
}[];
export declare function spreadCell(s: MetricSpread | undefined, fmt: (n: number) => string, withSpread?: boolean): string;
export declare function pageRow(p: WebPage, withSpread?: boolean): string[];
export declare function journeyRows(j: WebJourney): string[][];
export declare const JOURNEY_HEAD: string[];
