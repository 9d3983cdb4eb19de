// The whole demo, as `npm start` runs it: every probe, every report format, every result
// validated against the published schema, and the HTML report opened in a real Chromium:
// it renders, every chart draws, no console errors. The screenshot is kept as an artifact
// (reports/test-artifacts/demo-report.png).
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { chromium } from 'playwright-core';
import { findBrowser } from '../../src/probes/web/browser-path.ts';
import { playwrightChromeArgs } from '../../src/probes/web/chrome-flags.ts';
import { ROOT, readResult, runCli, tempDir } from '../helpers.ts';

describe('the bundled demo (npm start)', () => {
  it('runs every probe into one verdict, writes every format, and the HTML report renders in Chromium', async () => {
    const out = tempDir('shipgate-demo-');
    const started = performance.now();
    const run = await runCli(['run', '--config', 'shipgate.config.ts', '--out', out], { timeoutMs: 240_000 });
    const seconds = (performance.now() - started) / 1000;
    expect(run.stderr).not.toMatch(/internal error/);
    const result = readResult(out);
    expect(Object.keys(result.probes).sort()).toEqual(['audit', 'load', 'migrate', 'web']);
    for (const [name, p] of Object.entries(result.probes))
      expect((p as { status: string }).status, `${name}: ${(p as { message?: string }).message}`).toBe('ok');
    // Every probe was judged: each of its gates is there, with a number.
    const ids = (probe: string) =>
      result.gates
        .filter((g) => g.probe === probe)
        .map((g) => g.id)
        .sort();
    expect(ids('load')).toEqual(['api-error-rate', 'api-p95', 'api-p99', 'headroom']);
    expect(ids('migrate')).toEqual(['access-exclusive-hold', 'large-table-rewrite', 'migration-duration', 'migrations-succeed', 'traffic-p99']);
    expect(ids('audit')).toEqual(['audit-prod', 'audit-waivers-expired', 'audit-waivers-unused']);
    const pageGates = ['/', '/heavy.html'].flatMap((page) => [
      ...['desktop', 'mobile'].flatMap((device) => ['lcp', 'tti', 'tbt', 'js'].map((m) => `${device}-${m} ${page}`)),
      ...['desktop', 'mobile'].map((device) => `cls ${device} ${page}`),
    ]);
    expect(ids('web')).toEqual([...pageGates, 'search-latency', 'time-to-payment'].sort());
    for (const g of result.gates) expect(g.actual, `${g.id}: ${g.message}`).toEqual(expect.any(Number));
    // Outcomes: the planted regression (the heavy page's JS on both devices) fails; every
    // other gate of every probe passes.
    const notPassed = result.gates.filter((g) => g.outcome !== 'pass').map((g) => `${g.id}: ${g.outcome}`);
    expect(notPassed.sort()).toEqual(['desktop-js /heavy.html: fail', 'mobile-js /heavy.html: fail']);
    expect(result.verdict).toBe('fail');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`HTML report: ${join(out, 'report.html')}`);
    expect(seconds).toBeLessThan(240);
    for (const f of ['result.json', 'report.md', 'report.html', 'junit.xml']) expect(existsSync(join(out, f))).toBe(true);
    expect(XMLValidator.validate(readFileSync(join(out, 'junit.xml'), 'utf8'))).toBe(true);

    const browser = await chromium.launch({ executablePath: (await findBrowser()).path, args: playwrightChromeArgs() });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      // Nothing may be fetched at view time: the report is one self-contained file.
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url());
      });
      await page.goto(pathToFileURL(join(out, 'report.html')).href);
      const charts = await page.evaluate(
        () => (window as unknown as { __shipgateCharts: { expected: number; drawn: number; errors: string[] } }).__shipgateCharts,
      );
      expect(charts.errors).toEqual([]);
      expect(charts.expected).toBeGreaterThanOrEqual(7); // load (3+growth), migrate timeline and projection, web budgets
      expect(charts.drawn).toBe(charts.expected);
      // Every chart container holds a drawn SVG with real marks in it.
      const svgCounts = await page.$$eval('.chart', (els) => els.map((e) => e.querySelectorAll('svg path').length));
      expect(svgCounts.length).toBe(charts.expected);
      expect(svgCounts.every((n) => n > 5)).toBe(true);
      for (const id of ['gates', 'load', 'migrate', 'web', 'audit']) expect(await page.locator(`section#${id}`).count()).toBe(1);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      const artifacts = join(ROOT, 'reports', 'test-artifacts');
      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: join(artifacts, 'demo-report.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
