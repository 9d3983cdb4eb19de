// One Chromium for all Lighthouse runs of a command: starting Chrome costs about as much as a
// short run, so it is launched once and each run only opens a new tab (Lighthouse resets
// storage between runs itself). Runs are never parallel: they would share two CPUs and skew
// each other's timings.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import type { Result as LighthouseResult } from 'lighthouse';
import { ProbeError, errorMessage } from '../../core/errors.ts';
import { lighthouseChromeFlags } from './chrome-flags.ts';
import type { WebDevice } from '../../core/result-schema-web.ts';
import { TIMING_AUDITS } from './lhr-metrics.ts';

/** Hard cap on one run: a page that never settles must not hang the gate. */
const RUN_TIMEOUT_MS = 90_000;

export class LighthouseBrowser {
  private constructor(
    private readonly chrome: chromeLauncher.LaunchedChrome,
    private readonly userDataDir: string,
  ) {}

  static async launch(chromePath: string): Promise<LighthouseBrowser> {
    const userDataDir = await mkdtemp(join(tmpdir(), 'shipgate-lh-'));
    try {
      const chrome = await chromeLauncher.launch({
        chromePath,
        chromeFlags: lighthouseChromeFlags(),
        userDataDir,
        logLevel: 'silent',
        handleSIGINT: false,
        maxConnectionRetries: 100,
      });
      return new LighthouseBrowser(chrome, userDataDir);
    } catch (err) {
      await rm(userDataDir, { recursive: true, force: true });
      throw new ProbeError(`could not start Chromium at ${chromePath}: ${errorMessage(err)}`);
    }
  }

  /** One Lighthouse performance run with the device's own preset (simulated throttling). */
  async run(url: string, device: WebDevice, extraHeaders?: Record<string, string>): Promise<LighthouseResult> {
    const flags = {
      port: this.chrome.port,
      output: 'json' as const,
      logLevel: 'error' as const,
      // Only the audits shipgate reads: the full performance category costs ~1 s more a run.
      onlyAudits: [...Object.values(TIMING_AUDITS), 'network-requests'],
      maxWaitForLoad: 45_000,
      ...(extraHeaders ? { extraHeaders } : {}),
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ProbeError(`Lighthouse run on ${url} took over ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS);
    });
    try {
      const result = await Promise.race([lighthouse(url, flags, device === 'desktop' ? desktopConfig : undefined), timeout]);
      if (!result) throw new ProbeError(`Lighthouse returned no result for ${url}`);
      const lhr = result.lhr;
      if (lhr.runtimeError) throw new ProbeError(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      return lhr;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    try {
      this.chrome.kill();
    } finally {
      await rm(this.userDataDir, { recursive: true, force: true, maxRetries: 3 });
    }
  }
}
