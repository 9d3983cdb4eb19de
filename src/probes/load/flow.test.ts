import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CookieJar, compileFlow, parseJsonPath } from './flow.ts';
import { loadFeeds } from './data-feed.ts';
import { MissingValue, compileJson, compileTemplate } from './template.ts';
import { RampScenario } from './scenario.ts';
import { UsageError } from '../../core/errors.ts';

const scope = (vars: Record<string, string> = {}, rows: Record<string, Record<string, string>> = {}) => ({ vars, rows, vu: 7, iteration: 3 });

describe('templates', () => {
  it('reads captures, data columns and generators, and keeps plain text as is', () => {
    const t = compileTemplate('/u/{{ users.id }}/o/{{token}}?vu={{ $vu }}&i={{ $iteration }}');
    expect(t(scope({ token: 'abc' }, { users: { id: '42' } }))).toBe('/u/42/o/abc?vu=7&i=3');
    expect(compileTemplate('/plain')(scope())).toBe('/plain');
    expect(compileTemplate('{{ $uuid }}')(scope())).toMatch(/^[0-9a-f-]{36}$/);
    const n = Number(compileTemplate('{{ $randomInt(5, 6) }}')(scope()));
    expect([5, 6]).toContain(n);
  });

  it('a name with no value throws MissingValue instead of rendering "undefined"', () => {
    expect(() => compileTemplate('Bearer {{ token }}')(scope())).toThrow(MissingValue);
    expect(() => compileTemplate('{{ users.id }}')(scope({}, { users: {} }))).toThrow(/users\.id/);
  });

  it('rejects what no scope could answer when compiled', () => {
    expect(() => compileTemplate('{{ $nope }}')).toThrow(/unknown generator/);
    expect(() => compileTemplate('{{ a b }}')).toThrow(/write a variable/);
  });

  it('templates every string in a JSON body and keeps its shape', () => {
    const j = compileJson({ user: '{{ u.name }}', n: 3, list: ['{{ t }}', true] });
    expect(j(scope({ t: 'x' }, { u: { name: 'ann' } }))).toEqual({ user: 'ann', n: 3, list: ['x', true] });
  });
});

describe('captures and cookies', () => {
  it('parses the JSON paths a capture needs', () => {
    expect(parseJsonPath('$.a.b[0]')).toEqual(['a', 'b', 0]);
    expect(parseJsonPath("$['odd-name'].x")).toEqual(['odd-name', 'x']);
    expect(() => parseJsonPath('$..deep')).toThrow(UsageError);
  });

  it('keeps cookies per jar and drops an expired one', () => {
    const jar = new CookieJar();
    jar.store(['sid=1; Path=/; HttpOnly', 'theme=dark']);
    expect(jar.header()).toBe('sid=1; theme=dark');
    jar.store('sid=; Max-Age=0');
    expect(jar.header()).toBe('theme=dark');
    expect(new CookieJar().header()).toBeUndefined();
  });
});

describe('compileFlow checks every name before any load', () => {
  const flow = (steps: unknown[]) => RampScenario.parse({ mode: 'users', flow: steps });
  it('a variable no step captures is a usage error', () => {
    const s = flow([{ name: 'list', request: { path: '/x', headers: { authorization: 'Bearer {{ token }}' } } }]);
    expect(() => compileFlow(s, 'http://127.0.0.1/', [])).toThrow(/\{\{ token \}\} is never captured/);
  });
  it('a data source not under data: is a usage error', () => {
    const s = flow([{ name: 'u', request: { path: '/u/{{ users.id }}' } }]);
    expect(() => compileFlow(s, 'http://127.0.0.1/', [])).toThrow(/data source "users"/);
  });
  it('paths go under the target path, with the query templated', () => {
    const s = flow([{ name: 'search', request: { path: '/items', query: { q: '{{ $vu }}', page: 2 } } }]);
    const f = compileFlow(s, 'http://127.0.0.1/api/', []);
    expect(f.steps[0]!.path(scope())).toBe('/api/items?q=7&page=2');
  });
  it('expect replaces the default 2xx/3xx success', () => {
    const s = flow([
      { name: 'gone', request: { path: '/x' }, expect: { status: [404] } },
      { name: 'ok', request: { path: '/y' } },
    ]);
    const [gone, ok] = compileFlow(s, 'http://127.0.0.1/', []).steps;
    expect([gone!.accepts(404), gone!.accepts(200)]).toEqual([true, false]);
    expect([ok!.accepts(302), ok!.accepts(404)]).toEqual([true, false]);
  });
});

describe('scenario rules for virtual users', () => {
  it('users and arrivals need a flow, a flow needs users or arrivals, names are unique', () => {
    expect(() => RampScenario.parse({ mode: 'users' })).toThrow(/needs a flow/);
    expect(() => RampScenario.parse({ flow: [{ name: 'a', request: { path: '/' } }] })).toThrow(/set mode: users/);
    const dup = [
      { name: 'a', request: { path: '/' } },
      { name: 'a', request: { path: '/b' } },
    ];
    expect(() => RampScenario.parse({ model: 'users', flow: dup })).toThrow(/names two flow steps/);
    expect(RampScenario.parse({ model: 'arrivals', flow: [dup[0]] }).mode).toBe('arrivals');
  });
  it('think time takes a fixed value or a range', () => {
    const s = RampScenario.parse({ mode: 'users', thinkTime: '1s-3s', flow: [{ name: 'a', request: { path: '/' }, think: '250ms' }] });
    expect(s.thinkTime).toEqual({ minMs: 1000, maxMs: 3000 });
    expect(s.flow![0]!.think).toEqual({ minMs: 250, maxMs: 250 });
    expect(() => RampScenario.parse({ mode: 'users', thinkTime: '3s-1s', flow: [{ name: 'a', request: { path: '/' } }] })).toThrow(/not a think time/);
  });
});

describe('data feeds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'feeds-'));
  writeFileSync(join(dir, 'u.csv'), 'user,password\nann,a\nbob,b\ncat,c\n');
  writeFileSync(join(dir, 'p.json'), JSON.stringify([{ id: 1 }, { id: 2 }]));
  it('unique gives each user its own row; sequential walks the rows; JSON numbers become text', async () => {
    const [u, p] = await loadFeeds({ u: { file: 'u.csv', order: 'unique' }, p: { file: 'p.json', order: 'sequential' } }, dir, 3);
    expect([1, 2, 3].map((vu) => u!.pick(vu).user)).toEqual(['ann', 'bob', 'cat']);
    expect([1, 1, 1].map((vu) => p!.pick(vu).id)).toEqual(['1', '2', '1']);
  });
  it('too few unique rows, or a missing file, is a usage error naming the file', async () => {
    await expect(loadFeeds({ u: { file: 'u.csv', order: 'unique' } }, dir, 4)).rejects.toThrow(/u\.csv.*has 3 rows.*starts 4 virtual users/);
    await expect(loadFeeds({ x: { file: 'nope.csv', order: 'random' } }, dir, 1)).rejects.toThrow(/nope\.csv/);
  });
});
