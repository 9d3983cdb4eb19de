import type { WebDevice, WebPage } from './block.js';
import type { LighthouseBrowser } from './lighthouse-browser.js';
export interface PageRunOptions {
    url: string;
    device: WebDevice;
    runs: number;
    extraHeaders?: Record<string, string>;
    cookiesFrom?: string;
    /** Lighthouse's wait for the page to load; a page slower than this fails the run. */
    pageTimeoutMs?: number;
    signal?: AbortSignal;
    onRun?: (run: number, ms: number) => void;
}
export declare function measurePage(browser: LighthouseBrowser, o: PageRunOptions): Promise<WebPage>;
