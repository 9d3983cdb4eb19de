// Flags for the Chromium shipgate drives. Lighthouse gets our own list, never
// @sparticuz/chromium's `args`: its --single-process zeroes TBT and loses screenshots.
// The network flags keep Chromium from phoning home on a closed network (it would hang or
// add requests to the measured page).
export const NETWORK_QUIET_FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Running as root (CI containers) Chromium refuses to start without it. */
const SANDBOX_FLAGS = ['--no-sandbox'];
/** chrome-launcher adds --remote-debugging-port and a fresh --user-data-dir itself. */
export function lighthouseChromeFlags() {
    return ['--headless=new', ...SANDBOX_FLAGS, '--disable-gpu', ...NETWORK_QUIET_FLAGS];
}
/** Playwright adds its own headless and automation flags; we add only these. */
export function playwrightChromeArgs() {
    return [...SANDBOX_FLAGS, ...NETWORK_QUIET_FLAGS];
}
