// The web probe's contract object: every flag sets a real config key, flags parse their own
// values, and prepare is where every usage error comes from, all at once.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { FlagSpec } from '../../core/probe.ts';
import { UsageError } from '../../core/errors.ts';
import { webProbe } from './index.ts';
import { WebConfig } from './web-config.ts';

const specs = Object.entries(webProbe.command.flags).flatMap(([key, f]) => (f === null ? [] : (Array.isArray(f) ? f : [f]).map((s: FlagSpec) => ({ key, s }))));

describe('web flags', () => {
  it('map every top-level key of the config, and each path points at a real key', () => {
    expect(Object.keys(webProbe.command.flags).sort()).toEqual(Object.keys(WebConfig.shape).sort());
    for (const { key, s } of specs) {
      const [top, ...rest] = s.path.split('.');
      expect(top, s.flags).toBe(key);
      let shape: z.ZodType = WebConfig.shape[top as keyof typeof WebConfig.shape];
      for (const k of rest) {
        // Unwrap optional/default to reach the object, then step into it.
        while ('unwrap' in shape && typeof (shape as { unwrap?: unknown }).unwrap === 'function')
          shape = (shape as unknown as { unwrap(): z.ZodType }).unwrap();
        const inner = (shape as unknown as { shape?: Record<string, z.ZodType> }).shape;
        expect(inner && k in inner, `${s.flags} → ${s.path}`).toBe(true);
        shape = inner![k]!;
      }
    }
  });

  it('keep the flags of `shipgate web`', () => {
    expect(specs.map(({ s }) => s.flags.split(' ')[0]).sort()).toEqual(
      ['--budget', '--device', '--journey', '--journey-runs', '--page-timeout', '--runs', '--site', '--url'].sort(),
    );
  });

  it('parse numbers and repeated values; a bad device names itself', () => {
    const flag = (name: string) => specs.find(({ s }) => s.flags.startsWith(`${name} `))!.s;
    expect(flag('--runs').parse!('3', undefined)).toBe(3);
    expect(() => flag('--journey-runs').parse!('many', undefined)).toThrow(/not a positive number/);
    expect(flag('--url').parse!('/b', flag('--url').parse!('/a', undefined))).toEqual(['/a', '/b']);
    expect(flag('--device').parse!('mobile', ['mobile'])).toEqual(['mobile']);
    expect(() => flag('--device').parse!('tablet', undefined)).toThrow(/"tablet": choose desktop or mobile/);
  });
});

describe('web prepare', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shipgate-web-prepare-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const ctx = { where: 'shipgate.config.yaml: web', allowHosts: [] };

  it('keeps the plan and the budget files as gate definitions, one entry per file', async () => {
    const file = 'test/fixtures/web/lighthouse-v11.7.1--simple-budget.json';
    const p = await webProbe.prepare(WebConfig.parse({ pages: ['http://127.0.0.1:4173/'], devices: ['mobile'], runs: 2, budgets: [file] }), ctx);
    expect(p.planned).toEqual([{ url: 'http://127.0.0.1:4173/', device: 'mobile', runs: 2 }]);
    const extra = webProbe.gates.extra(p);
    expect(extra.map((e) => [e.where, e.defs.length])).toEqual([[file, 8]]);
    expect(webProbe.gates.defaults()).toEqual(['default.gates.yaml']);
    expect(webProbe.describe(p)).toBe('1 page×device (2 Lighthouse runs)');
  });

  it('reports every problem at once: a relative URL without a site, a bad budget file', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify([{ path: 'checkout' }]));
    const err = await webProbe.prepare(WebConfig.parse({ pages: ['/checkout'], budgets: [bad] }), ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    const message = (err as Error).message;
    expect(message).toContain('shipgate.config.yaml: web: a relative page or journey URL needs a site');
    expect(message).toContain(`${bad}: [0].path: a path pattern starts with "/"`);
  });

  it('refuses a run with nothing to measure', async () => {
    await expect(webProbe.prepare(WebConfig.parse({}), ctx)).rejects.toThrow(/nothing to measure/);
  });

  it('an error block keeps what was measured', () => {
    const p = { config: WebConfig.parse({}), planned: [], journeys: [], budgets: [] };
    expect(webProbe.errorBlock(p, 'stopped', undefined)).toEqual({ status: 'error', message: 'stopped' });
    const partial = { status: 'ok' as const, pages: [] };
    expect(webProbe.errorBlock(p, 'stopped', partial)).toEqual({ status: 'error', message: 'stopped', pages: [] });
  });
});
