// The whole demo, as `npm start` runs it: every probe, every report format, every result
// validated against the published schema, and the HTML report opened in a real Chromium:
// it renders, every chart draws, no console errors. The screenshot is kept as an artifact
// (reports/test-artifacts/demo-report.png).
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { chromium } from 'playwright-core';
import { findBrowser } from '../../src/probes/web/browser-path.ts';
import { playwrightChromeArgs } from '../../src/probes/web/chrome-flags.ts';
import { heavyBundle } from '../../scenarios/demo-site/routes.ts';
import type { Result } from '../../src/runner/result.ts';
import { ROOT, readResult, runCli, tempDir, type CliRun } from '../helpers.ts';

// One run of the demo, read by every test below.
let out: string;
let run: CliRun;
let seconds: number;
let result: Result;
beforeAll(async () => {
  out = tempDir('shipgate-demo-');
  const started = performance.now();
  run = await runCli(['run', '--config', 'shipgate.config.ts', '--out', out], { timeoutMs: 240_000 });
  seconds = (performance.now() - started) / 1000;
  result = readResult(out);
}, 250_000);

const gate = (id: string) => {
  const g = result.gates.find((x) => x.id === id);
  if (!g) throw new Error(`no gate ${id}; have ${result.gates.map((x) => x.id).join(', ')}`);
  return g;
};

describe('the bundled demo (npm start)', () => {
  it('runs every probe into one verdict, writes every format, and the HTML report renders in Chromium', async () => {
    expect(run.stderr).not.toMatch(/internal error/);
    expect(Object.keys(result.probes).sort()).toEqual(['audit', 'load', 'migrate', 'web']);
    for (const [name, p] of Object.entries(result.probes))
      expect((p as { status: string }).status, `${name}: ${(p as { message?: string }).message}`).toBe('ok');
    // Every probe was judged: each of its gates is there, with a number.
    const ids = (probe: string) =>
      result.gates
        .filter((g) => g.probe === probe)
        .map((g) => g.id)
        .sort();
    expect(ids('load')).toEqual(['api-error-rate', 'api-p95', 'api-p99', 'flow-iterations-failed', 'headroom']);
    expect(ids('migrate')).toEqual(['access-exclusive-hold', 'large-table-rewrite', 'migration-duration', 'migrations-succeed', 'traffic-p99']);
    expect(ids('audit')).toEqual(['audit-prod', 'audit-waivers-expired', 'audit-waivers-unused']);
    const pageGates = ['/', '/heavy.html'].flatMap((page) => [
      ...['desktop', 'mobile'].flatMap((device) => ['lcp', 'tti', 'tbt', 'js'].map((m) => `${device}-${m} ${page}`)),
      ...['desktop', 'mobile'].map((device) => `cls ${device} ${page}`),
    ]);
    const budget = ['desktop', 'mobile'].flatMap((d) => [`budget[0].resourceCounts[0] ${d} /heavy.html`, `budget[0].resourceSizes[0] ${d} /heavy.html`]);
    expect(ids('web')).toEqual([...pageGates, ...budget, 'search-latency', 'time-to-payment'].sort());
    for (const g of result.gates) expect(g.actual, `${g.id}: ${g.message}`).toEqual(expect.any(Number));
    // Outcomes: the planted regression (the heavy page's JS on both devices) fails; every
    // other gate of every probe passes.
    const notPassed = result.gates.filter((g) => g.outcome !== 'pass').map((g) => `${g.id}: ${g.outcome}`);
    expect(notPassed.sort()).toEqual([
      'budget[0].resourceSizes[0] desktop /heavy.html: fail',
      'budget[0].resourceSizes[0] mobile /heavy.html: fail',
      'desktop-js /heavy.html: fail',
      'mobile-js /heavy.html: fail',
    ]);
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

  it('names the measured JS bytes of the heavy page on desktop and mobile', () => {
    // Transfer size = the gzipped bundle plus response headers.
    const gz = gzipSync(heavyBundle()).length;
    for (const id of ['desktop-js /heavy.html', 'mobile-js /heavy.html']) {
      const g = gate(id);
      expect(g.outcome).toBe('fail');
      expect(g.actual! * 1024).toBeGreaterThanOrEqual(gz);
      expect(g.actual! * 1024).toBeLessThan(gz + 1024);
      const bytes = Number(/\(([\d,]+) bytes\)/.exec(g.at ?? '')?.[1]?.replace(/,/g, ''));
      expect(bytes).toBe(Math.round(g.actual! * 1024));
      expect(g.message).toMatch(/^js_kb\{device:(desktop|mobile),url:\/heavy\.html\$\} med = 3\d\d\.\d+, breaks med<=(200|100)$/);
    }
  });

  it('keeps every Lighthouse run, the median run and the spread', () => {
    const pages = result.probes.web!.pages!;
    expect(pages.map((p) => [new URL(p.url).pathname, p.device, p.runs])).toEqual([
      ['/', 'desktop', 2],
      ['/', 'mobile', 2],
      ['/heavy.html', 'desktop', 1],
      ['/heavy.html', 'mobile', 1],
    ]);
    for (const p of pages) {
      expect(p.runMs).toHaveLength(p.runs);
      expect(p.medianRun).toBeGreaterThanOrEqual(0);
      for (const name of ['lcp', 'fcp', 'tbt', 'cls', 'speed_index', 'tti', 'js_bytes', 'total_bytes', 'requests', 'third_party_bytes']) {
        const m = p.metrics[name]!;
        expect(m, `${p.url} ${p.device} ${name}`).toBeDefined();
        expect(m.values).toHaveLength(p.runs);
        expect(m.median).toBe(m.values[p.medianRun!]);
        expect(m.min).toBe(Math.min(...(m.values as number[])));
        expect(m.max).toBe(Math.max(...(m.values as number[])));
      }
    }
    // Mobile is throttled harder than desktop: the same light page paints later.
    expect(pages[1]!.metrics.fcp!.median).toBeGreaterThan(pages[0]!.metrics.fcp!.median);
  });

  it('times the journey and hands its login cookie to Lighthouse', () => {
    const j = result.probes.web!.journeys![0]!;
    expect(j.status, j.message).toBe('ok');
    expect(j.runs).toBe(2);
    expect(j.metrics.search!.values).toHaveLength(2);
    expect(j.metrics.time_to_payment!.p95).toBeGreaterThan(j.metrics.search!.p95!);
    expect(gate('time-to-payment').outcome).toBe('pass');
    expect(gate('search-latency').outcome).toBe('pass');
    // The home page loads an avatar only for a signed-in user.
    const home = result.probes.web!.pages![0]!;
    expect(home.cookiesFrom).toBe('search-checkout');
    expect(home.metrics['requests:image']?.median).toBe(1);
  });

  it('audits the sample project with its one waiver and its outdated report', () => {
    const a = result.probes.audit!;
    expect(a.waivers!.entries).toEqual([expect.objectContaining({ id: 'GHSA-35jh-r3h4-6jhm', state: 'active', matched: 1 })]);
    expect(a.counts).toMatchObject({ total: 3, waived: 1, unwaived: 2 });
    expect(a.outdated!.counts.needsReview).toBe(1);
    for (const id of ['audit-prod', 'audit-waivers-expired', 'audit-waivers-unused']) expect(gate(id).outcome).toBe('pass');
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/<section id="audit"><h2>Dependency audit<\/h2>/);
    expect(html).toContain('waived until');
  });

  it('reports every probe in Markdown and HTML, in the same section order', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(html).toContain('id="web-budgets"');
    expect(md).toMatch(/\| \/heavy\.html \| mobile \| 1 \|/);
    expect(md).toContain('| search-checkout | time_to_payment | 2 |');
    const order = (text: string, heads: string[]) => heads.map((h) => text.indexOf(h));
    const heads = ['Gates (', 'Load ramp', 'Migrations', 'Dependency audit', 'Web pages (Lighthouse)'];
    const mdAt = order(
      md,
      heads.map((h) => `## ${h}`),
    );
    const htmlAt = order(
      html,
      heads.map((h) => `<h2>${h}`),
    );
    for (const at of [mdAt, htmlAt]) {
      expect(at.every((i) => i > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  });
});
