// One Chromium for all Lighthouse runs of a command: starting Chrome costs about as much as a
// short run, so it is launched once and each run only opens a new tab (Lighthouse resets
// storage between runs itself). Runs are never parallel: they would share two CPUs and skew
// each other's timings.
import { rm } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import type { Result as LighthouseResult } from 'lighthouse';
import { ProbeError, errorMessage } from '../../core/errors.ts';
import { lighthouseChromeFlags } from './chrome-flags.ts';
import type { WebDevice } from './block.ts';
import { TIMING_AUDITS } from './lhr-metrics.ts';
import { formatDuration } from '../../lib/duration.ts';
import { track } from '../../core/reaper.ts';
import { makeScratchDir, sweepStaleDirs } from '../../core/scratch-dir.ts';

/** Lighthouse's own default wait for the load event; `pageTimeoutMs` overrides it. */
export const DEFAULT_PAGE_TIMEOUT_MS = 45_000;

/**
 * Hard cap on one run: the page timeout bounds loading, then Lighthouse still traces and
 * computes, so allow twice that plus a margin before giving up on a run that never settles.
 */
const runCapMs = (pageTimeoutMs: number) => 2 * pageTimeoutMs + 30_000;

export class LighthouseBrowser {
  /** Set when Chromium exits on its own (a crash, an OOM kill): every later run fails at once. */
  crashed: string | undefined;
  private readonly exited: Promise<string>;
  private closing = false;
  /** Rejects when close() starts, so a run under way ends now (Ctrl-C), not when Lighthouse notices. */
  private readonly closed: Promise<never>;
  private onClose: () => void = () => {};

  private constructor(
    private readonly chrome: chromeLauncher.LaunchedChrome,
    private readonly userDataDir: string,
    private readonly untrack: () => void,
  ) {
    this.closed = new Promise<never>((_, reject) => {
      this.onClose = () => reject(new ProbeError('Chromium was closed during the run'));
    });
    this.closed.catch(() => {});
    this.exited = new Promise((resolve) => {
      chrome.process.once('exit', (code, sig) => {
        if (this.closing) return;
        this.crashed = `Chromium (pid ${chrome.pid}) exited during the run (${sig ? `signal ${sig}` : `exit code ${code}`})`;
        resolve(this.crashed);
      });
    });
  }

  static async launch(chromePath: string): Promise<LighthouseBrowser> {
    sweepStaleDirs('shipgate-lh-');
    const { dir: userDataDir, untrack: untrackDir } = makeScratchDir('shipgate-lh-');
    try {
      const chrome = await chromeLauncher.launch({
        chromePath,
        chromeFlags: lighthouseChromeFlags(),
        userDataDir,
        logLevel: 'silent',
        handleSIGINT: false,
        maxConnectionRetries: 100,
      });
      // chrome-launcher starts Chromium as the leader of its own process group.
      const untrackGroup = track({ group: chrome.pid });
      return new LighthouseBrowser(chrome, userDataDir, () => {
        untrackGroup();
        untrackDir();
      });
    } catch (err) {
      await rm(userDataDir, { recursive: true, force: true });
      untrackDir();
      throw new ProbeError(`could not start Chromium at ${chromePath}: ${errorMessage(err)}`);
    }
  }

  /** One Lighthouse performance run with the device's own preset (simulated throttling). */
  async run(url: string, device: WebDevice, extraHeaders?: Record<string, string>, pageTimeoutMs = DEFAULT_PAGE_TIMEOUT_MS): Promise<LighthouseResult> {
    if (this.crashed) throw new ProbeError(this.crashed);
    const flags = {
      port: this.chrome.port,
      output: 'json' as const,
      logLevel: 'error' as const,
      // Only the audits shipgate reads: the full performance category costs ~1 s more a run.
      onlyAudits: [...Object.values(TIMING_AUDITS), 'network-requests'],
      // Nothing shipgate reports reads the full-page screenshot; taking it cost ~1.3 s of a
      // ~6.5 s run here (lhr.timing: lh:gather:getArtifact:FullPageScreenshot).
      disableFullPageScreenshot: true,
      maxWaitForLoad: pageTimeoutMs,
      maxWaitForFcp: Math.min(pageTimeoutMs, 30_000),
      ...(extraHeaders ? { extraHeaders } : {}),
    };
    const cap = runCapMs(pageTimeoutMs);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ProbeError(`Lighthouse run on ${url} took over ${formatDuration(cap)}`)), cap);
    });
    const crash = this.exited.then((why) => Promise.reject(new ProbeError(why)));
    crash.catch(() => {}); // a finished run's copy must not become an unhandled rejection when Chromium exits later
    try {
      const result = await Promise.race([lighthouse(url, flags, device === 'desktop' ? desktopConfig : undefined), timeout, crash, this.closed]);
      if (!result) throw new ProbeError(`Lighthouse returned no result for ${url}`);
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new ProbeError(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      // Lighthouse goes on after its load timeout with whatever it has: numbers from a page
      // that never finished loading are not a measurement, so the run fails closed.
      if (lhr.runWarnings.some((w) => /loaded too slowly/.test(w))) {
        throw new ProbeError(`${url} did not finish loading within ${formatDuration(pageTimeoutMs)} (page timeout)`);
      }
      return lhr;
    } catch (err) {
      // The CDP connection often drops a moment before Chromium's exit is seen: wait briefly
      // so a crash is reported as a crash, not as a protocol error.
      if (!this.crashed && !this.closing) await Promise.race([this.exited, new Promise((r) => setTimeout(r, 1000).unref())]);
      if (this.crashed && !this.closing) throw new ProbeError(this.crashed);
      throw err instanceof Error ? err : new ProbeError(lighthouseErrorText(err));
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    this.onClose();
    try {
      this.chrome.kill();
    } finally {
      await rm(this.userDataDir, { recursive: true, force: true, maxRetries: 3 });
      this.untrack();
    }
  }
}

/** Lighthouse sometimes rejects with a plain object (a protocol error), not an Error. */
function lighthouseErrorText(err: unknown): string {
  if (err && typeof err === 'object') {
    const o = err as { message?: unknown; code?: unknown };
    if (typeof o.message === 'string') return o.message;
    if (typeof o.code === 'string') return o.code;
    return JSON.stringify(err).slice(0, 300);
  }
  return String(err);
}
