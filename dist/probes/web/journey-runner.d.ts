import { type Browser, type BrowserContext } from 'playwright-core';
import type { WebJourney } from './block.js';
import type { Journey } from './journey.js';
type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;
export interface JourneyRunOptions {
    journey: Journey;
    file: string;
    baseUrl: string;
    runs: number;
    signal?: AbortSignal;
    onRun?: (run: number, ok: boolean) => void;
}
export interface JourneyOutcome {
    result: WebJourney;
    /** From `login`, for the Lighthouse runs of the same origin. */
    cookies: Cookies;
}
/**
 * Chromium for journeys, through Playwright's browser server so shipgate knows the browser's
 * process (group) and the watchdog can stop it if shipgate dies without closing it.
 */
export declare function launchPlaywright(executablePath: string): Promise<Browser>;
export declare function runJourney(browser: Browser, o: JourneyRunOptions): Promise<JourneyOutcome>;
export {};
