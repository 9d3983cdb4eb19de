export interface BrowserPath {
    path: string;
    source: 'CHROME_PATH' | 'system' | 'chrome-launcher' | 'playwright-cache' | '@sparticuz/chromium';
}
export declare const NO_BROWSER_MESSAGE: string;
export interface FindOptions {
    env?: NodeJS.ProcessEnv;
    /** Overridable for tests: where Playwright keeps browsers. */
    playwrightDirs?: string[];
    /** Overridable for tests: the bundled fallback. */
    bundled?: () => Promise<string | undefined>;
    /** Overridable for tests: the installs chrome-launcher finds on this system. */
    installations?: () => Promise<string[]>;
}
export declare function findBrowser(o?: FindOptions): Promise<BrowserPath>;
