export interface BrowserPath {
    path: string;
    source: 'CHROME_PATH' | 'system' | 'playwright-cache' | '@sparticuz/chromium';
}
export declare const NO_BROWSER_MESSAGE: string;
export interface FindOptions {
    env?: NodeJS.ProcessEnv;
    /** Overridable for tests: where Playwright keeps browsers. */
    playwrightDirs?: string[];
    /** Overridable for tests: the bundled fallback. */
    bundled?: () => Promise<string | undefined>;
}
export declare function findBrowser(o?: FindOptions): Promise<BrowserPath>;
