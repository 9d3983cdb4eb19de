export declare const NETWORK_QUIET_FLAGS: string[];
/** chrome-launcher adds --remote-debugging-port and a fresh --user-data-dir itself. */
export declare function lighthouseChromeFlags(): string[];
/** Playwright adds its own headless and automation flags; we add only these. */
export declare function playwrightChromeArgs(): string[];
