import type { Result as LighthouseResult } from 'lighthouse';
import type { WebDevice } from './block.js';
/** Lighthouse's own default wait for the load event; `pageTimeoutMs` overrides it. */
export declare const DEFAULT_PAGE_TIMEOUT_MS = 45000;
export declare class LighthouseBrowser {
    private readonly chrome;
    private readonly userDataDir;
    private readonly untrack;
    /** Set when Chromium exits on its own (a crash, an OOM kill): every later run fails at once. */
    crashed: string | undefined;
    private readonly exited;
    private closing;
    /** Rejects when close() starts, so a run under way ends now (Ctrl-C), not when Lighthouse notices. */
    private readonly closed;
    private onClose;
    private constructor();
    static launch(chromePath: string): Promise<LighthouseBrowser>;
    /** One Lighthouse performance run with the device's own preset (simulated throttling). */
    run(url: string, device: WebDevice, extraHeaders?: Record<string, string>, pageTimeoutMs?: number): Promise<LighthouseResult>;
    close(): Promise<void>;
}
