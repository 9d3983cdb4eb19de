// End to end with a real Chromium: `shipgate run` on the demo site's light and heavy pages,
// both devices, the demo journey, the playbook's gates and a budget.json.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { Result } from '../../src/runner/result.ts';
import { heavyBundle } from '../../scenarios/demo-site/routes.ts';
import { validateWithPublishedSchema } from '../schema-validate.ts';

describe('shipgate run: web on the demo site (real Chromium)', () => {
  let out: string;
  let code: number;
  let result: Result;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'shipgate-web-e2e-'));
    code = await main(['node', 'shipgate', 'run', '--config', 'test/fixtures/web/e2e.config.yaml', '--out', out]);
    const json: unknown = JSON.parse(await readFile(join(out, 'result.json'), 'utf8'));
    expect(validateWithPublishedSchema(json)).toEqual([]);
    result = Result.parse(json);
  }, 240_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  const gate = (id: string) => {
    const g = result.gates.find((x) => x.id === id);
    if (!g) throw new Error(`no gate ${id}; have ${result.gates.map((x) => x.id).join(', ')}`);
    return g;
  };

  it('fails on the heavy page only, and exits 1', () => {
    expect(result.probes.web?.status, result.probes.web?.message).toBe('ok');
    expect(code).toBe(1);
    const failed = result.gates
      .filter((g) => g.outcome !== 'pass')
      .map((g) => g.id)
      .sort();
    expect(failed).toEqual([
      'budget[0].resourceSizes[0] desktop /heavy.html',
      'budget[0].resourceSizes[0] mobile /heavy.html',
      'desktop-js /heavy.html',
      'mobile-js /heavy.html',
    ]);
  });

  it('passes every budget on the light page, on both devices', () => {
    const light = result.gates.filter((g) => / \/$/.test(g.id));
    expect(light.length).toBeGreaterThanOrEqual(9);
    for (const g of light) expect(g.outcome, `${g.id}: ${g.message}`).toBe('pass');
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

  it('keeps every run, the median run and the spread', () => {
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

  it('writes report.md and report.html with the pages and the journey', async () => {
    const html = await readFile(join(out, 'report.html'), 'utf8');
    expect(html).toContain('Web pages (Lighthouse)');
    expect(html).toContain('id="web-budgets"');
    expect(html).toContain('<td>/heavy.html</td><td>mobile</td>');
    const md = await readFile(join(out, 'report.md'), 'utf8');
    expect(md).toContain('## Web pages (Lighthouse)');
    expect(md).toMatch(/\| \/heavy\.html \| mobile \| 1 \|/);
    expect(md).toContain('| search-checkout | time_to_payment | 2 |');
  });
});
