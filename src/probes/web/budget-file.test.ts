import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBudgetFile } from './budget-file.ts';
import { UsageError } from '../../core/errors.ts';

describe('loadBudgetFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shipgate-budget-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("reads Lighthouse's own budget.json fixture into gate definitions", async () => {
    const gates = await loadBudgetFile('test/fixtures/web/lighthouse-v11.7.1--simple-budget.json');
    expect(gates.map((g) => [g.id, g.metric, g.expression])).toEqual([
      ['budget[0].timings[0]', 'tti{url:/}', 'med<=5000'],
      ['budget[0].timings[1]', 'fmp{url:/}', 'med<=2000'],
      ['budget[0].resourceSizes[0]', 'resource_kb{type:script,url:/}', 'med<=125'],
      ['budget[0].resourceSizes[1]', 'resource_kb{type:image,url:/}', 'med<=300'],
      ['budget[0].resourceSizes[2]', 'resource_kb{type:total,url:/}', 'med<=500'],
      ['budget[0].resourceSizes[3]', 'resource_kb{type:third-party,url:/}', 'med<=200'],
      ['budget[1].resourceCounts[0]', 'resource_count{type:total,url:/}', 'med<=100'],
      ['budget[1].resourceCounts[1]', 'resource_count{type:third-party,url:/}', 'med<=0'],
    ]);
    expect(gates.every((g) => g.level === 'fail')).toBe(true);
  });

  it('takes a device per entry (shipgate extension)', async () => {
    const file = join(dir, 'mobile.json');
    await writeFile(file, JSON.stringify([{ path: '/checkout*', device: 'mobile', timings: [{ metric: 'largest-contentful-paint', budget: 4000 }] }]));
    const [g] = await loadBudgetFile(file);
    expect(g!.metric).toBe('lcp{url:/checkout*,device:mobile}');
  });

  it('reports every bad entry with the file and path', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify([{ path: 'checkout', timings: [{ metric: 'time-to-coffee', budget: 1 }] }]));
    const err = await loadBudgetFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain(`${file}: [0].path: a path pattern starts with "/"`);
    expect((err as Error).message).toContain(`${file}: [0].timings[0].metric`);
  });

  it('accepts a web gate file, and refuses other probes in it', async () => {
    const ok = join(dir, 'web.gates.yaml');
    await writeFile(ok, 'web:\n  gates:\n    - { id: js, metric: "js_kb{device:mobile}", expression: "med<=100" }\n');
    expect((await loadBudgetFile(ok)).map((g) => g.id)).toEqual(['js']);
    const bad = join(dir, 'load.gates.yaml');
    await writeFile(bad, 'load:\n  gates:\n    - { metric: http_req_duration, expression: "p(95)<500" }\n');
    await expect(loadBudgetFile(bad)).rejects.toThrow(/--budget takes web gates only/);
  });
});
