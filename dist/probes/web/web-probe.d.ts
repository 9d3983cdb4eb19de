import type { WebJourney, WebPage, WebProbe } from './block.js';
import { findBrowser, type BrowserPath } from './browser-path.js';
import { type WebConfig } from './web-config.js';
import type { Journey } from './journey.js';
export interface WebEvents {
    browser?(b: BrowserPath): void;
    journeyStart?(name: string, runs: number): void;
    journeyRun?(name: string, run: number, runs: number, ok: boolean): void;
    journeyDone?(j: WebJourney): void;
    /** `index` of `total` page×device, 0-based. */
    pageStart?(url: string, device: string, runs: number, index: number, total: number): void;
    pageRun?(url: string, device: string, run: number, runs: number, ms: number): void;
    pageDone?(p: WebPage): void;
}
export interface WebProbeOptions {
    config: WebConfig;
    /** The journey files as prepare loaded them; loaded (and the URLs checked) here when absent. */
    journeys?: {
        file: string;
        journey: Journey;
    }[];
    signal?: AbortSignal;
    events?: WebEvents;
    log?: (line: string) => void;
    /** Tests: where to look for a browser. */
    findBrowser?: typeof findBrowser;
    /** What was measured so far, after each journey and page. */
    onPartial?: (probe: WebProbe) => void;
}
type Cookie = {
    name: string;
    value: string;
    domain: string;
};
export declare function runWebProbe(o: WebProbeOptions): Promise<WebProbe>;
/** Cookie header for a page: the login cookies whose domain covers the page's host. */
export declare function cookieHeader(cookies: Cookie[], url: string): string | undefined;
export {};
