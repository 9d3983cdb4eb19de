// Which Chromium to drive, in order: CHROME_PATH, a Chrome/Chromium on PATH, the installs
// chrome-launcher knows on each system (Linux desktop entries, /Applications on macOS, Program
// Files on Windows), Playwright's browser cache, then the Chromium that @sparticuz/chromium
// unpacks from node_modules (so a fresh machine works after `npm install` alone). None: a
// ProbeError (exit 3) that says how to get one.
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ProbeError } from '../../core/errors.ts';

export interface BrowserPath {
  path: string;
  source: 'CHROME_PATH' | 'system' | 'chrome-launcher' | 'playwright-cache' | '@sparticuz/chromium';
}

export const NO_BROWSER_MESSAGE =
  'no Chrome or Chromium found: set CHROME_PATH to a Chrome/Chromium binary, or install one ' +
  '(Debian/Ubuntu: `apt-get install chromium`; or `npx playwright install chromium`; or `npm install @sparticuz/chromium`)';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  /** Overridable for tests: where Playwright keeps browsers. */
  playwrightDirs?: string[];
  /** Overridable for tests: the bundled fallback. */
  bundled?: () => Promise<string | undefined>;
  /** Overridable for tests: the installs chrome-launcher finds on this system. */
  installations?: () => Promise<string[]>;
}

export async function findBrowser(o: FindOptions = {}): Promise<BrowserPath> {
  const env = o.env ?? process.env;
  if (env.CHROME_PATH) {
    if (!isExecutable(env.CHROME_PATH)) throw new ProbeError(`CHROME_PATH=${env.CHROME_PATH} is not an executable file; ${NO_BROWSER_MESSAGE}`);
    return { path: env.CHROME_PATH, source: 'CHROME_PATH' };
  }
  const system = onPath(SYSTEM_NAMES, env.PATH ?? '');
  if (system) return { path: system, source: 'system' };
  const known = (await (o.installations ?? chromeLauncherInstallations)()).find(isExecutable);
  if (known) return { path: known, source: 'chrome-launcher' };
  const cached = inPlaywrightCache(o.playwrightDirs ?? playwrightCacheDirs(env));
  if (cached) return { path: cached, source: 'playwright-cache' };
  const bundled = await (o.bundled ?? sparticuzChromium)();
  if (bundled) return { path: bundled, source: '@sparticuz/chromium' };
  throw new ProbeError(NO_BROWSER_MESSAGE);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(names: string[], pathVar: string): string | undefined {
  for (const name of names) {
    for (const dir of pathVar.split(delimiter).filter(Boolean)) {
      const file = join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

function playwrightCacheDirs(env: NodeJS.ProcessEnv): string[] {
  const dirs = [join(homedir(), '.cache', 'ms-playwright')];
  if (env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0') dirs.unshift(env.PLAYWRIGHT_BROWSERS_PATH);
  return dirs;
}

/** Newest `chromium-<rev>` first; both the old (chrome-linux) and new (chrome-linux64) layouts. */
function inPlaywrightCache(dirs: string[]): string | undefined {
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const revs = readdirSync(dir)
      .filter((d) => /^chromium-\d+$/.test(d))
      .sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]));
    for (const rev of revs) {
      for (const sub of ['chrome-linux64/chrome', 'chrome-linux/chrome']) {
        const file = join(dir, rev, sub);
        if (isExecutable(file)) return file;
      }
    }
  }
  return undefined;
}

/** chrome-launcher's search (it throws when it finds none). */
async function chromeLauncherInstallations(): Promise<string[]> {
  try {
    const { Launcher } = await import('chrome-launcher');
    return Launcher.getInstallations();
  } catch {
    return [];
  }
}

/** Unpacks (once, ~2 s) the Chromium shipped inside the npm package, if it is installed. */
async function sparticuzChromium(): Promise<string | undefined> {
  try {
    const mod = (await import('@sparticuz/chromium')) as { default: { executablePath(): Promise<string> } };
    const file = await mod.default.executablePath();
    return file && isExecutable(file) ? file : undefined;
  } catch {
    return undefined;
  }
}
