// No browser anywhere: `shipgate web` exits 3, writes result.json, and says how to get one.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { findBrowser, NO_BROWSER_MESSAGE } from '../../src/probes/web/browser-path.ts';
import { ProbeError } from '../../src/core/errors.ts';

// The bundled fallback is the last place looked; here it is "not installed".
vi.mock('@sparticuz/chromium', () => ({ default: { executablePath: () => Promise.reject(new Error('not installed')) } }));

describe('findBrowser', () => {
  it('finds nothing with an empty PATH, no Playwright cache and no bundled Chromium', async () => {
    const err = await findBrowser({ env: { PATH: '' }, playwrightDirs: [], bundled: async () => undefined, installations: async () => [] }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ProbeError);
    expect((err as Error).message).toBe(NO_BROWSER_MESSAGE);
    expect(NO_BROWSER_MESSAGE).toMatch(/CHROME_PATH/);
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install chromium/);
  });

  it('takes CHROME_PATH first, and refuses one that is not an executable', async () => {
    expect(await findBrowser({ env: { CHROME_PATH: process.execPath, PATH: '' } })).toEqual({ path: process.execPath, source: 'CHROME_PATH' });
    await expect(findBrowser({ env: { CHROME_PATH: '/nonexistent/chrome' } })).rejects.toThrow(/CHROME_PATH=\/nonexistent\/chrome is not an executable/);
  });
});

describe('findBrowser on this machine', () => {
  it('finds the system Chromium through chrome-launcher when it is not on PATH', async () => {
    const b = await findBrowser({ env: { PATH: '' }, playwrightDirs: [], bundled: async () => undefined });
    expect(b.source).toBe('chrome-launcher');
    expect(b.path).toMatch(/chrom/);
  });
});

// chrome-launcher also finds installs that are not on PATH (desktop entries, /Applications), so
// "no browser" cannot be simulated through PATH here: a CHROME_PATH that is not a browser takes
// the same road (the search fails before any measuring) and must end the same way.
describe('shipgate web without a browser', () => {
  let out: string;
  const saved = { PATH: process.env.PATH, HOME: process.env.HOME, CHROME_PATH: process.env.CHROME_PATH, PW: process.env.PLAYWRIGHT_BROWSERS_PATH };
  beforeEach(async () => {
    out = await mkdtemp(join(tmpdir(), 'shipgate-nobrowser-'));
    process.env.HOME = out;
    process.env.CHROME_PATH = join(out, 'no-such-chrome');
    delete process.env.PLAYWRIGHT_BROWSERS_PATH;
  });
  afterEach(async () => {
    for (const [k, v] of Object.entries({ PATH: saved.PATH, HOME: saved.HOME, CHROME_PATH: saved.CHROME_PATH, PLAYWRIGHT_BROWSERS_PATH: saved.PW })) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await rm(out, { recursive: true, force: true });
  });

  it('exits 3, names CHROME_PATH and how to install one, and still writes result.json', async () => {
    const stdout: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      stdout.push(String(s));
      return true;
    });
    let code: number;
    try {
      code = await main(['node', 'shipgate', 'web', '--url', 'http://127.0.0.1:9/', '--runs', '1', '--out', out]);
    } finally {
      spy.mockRestore();
    }
    expect(code).toBe(3);
    const result = JSON.parse(await readFile(join(out, 'result.json'), 'utf8'));
    expect(result.verdict).toBe('error');
    expect(result.probes.web.status).toBe('error');
    expect(result.probes.web.message).toBe(`CHROME_PATH=${join(out, 'no-such-chrome')} is not an executable file; ${NO_BROWSER_MESSAGE}`);
    expect(stdout.join('')).toMatch(/web: could not measure: CHROME_PATH=.* is not an executable file; no Chrome or Chromium found/);
    // The default web gates could not be judged: error, never pass.
    expect(result.gates.length).toBeGreaterThan(0);
    for (const g of result.gates) expect(g.outcome).toBe('error');
  });
});
