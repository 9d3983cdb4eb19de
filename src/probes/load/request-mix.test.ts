import { describe, expect, it } from 'vitest';
import { makeFeed } from './data-feed.ts';
import { materialize, prepareRequest, requestPath, weightedSequence } from './request-mix.ts';
import { Endpoint } from './scenario.ts';

describe('weightedSequence', () => {
  it('holds each item as often as its weight, interleaved', () => {
    const seq = weightedSequence([
      { id: 'a', weight: 3 },
      { id: 'b', weight: 1 },
    ]);
    expect(seq.map((s) => s.id)).toHaveLength(4);
    expect(seq.filter((s) => s.id === 'a')).toHaveLength(3);
    // b is not bunched at an end of a long run of a's twice in a row
    const s2 = weightedSequence([
      { id: 'a', weight: 2 },
      { id: 'b', weight: 2 },
    ]).map((s) => s.id);
    expect(s2).toEqual(['a', 'b', 'a', 'b']);
  });
});

describe('prepareRequest', () => {
  it('sends an object body as JSON with a content-type', () => {
    const r = prepareRequest(Endpoint.parse({ method: 'POST', path: '/x', body: { a: 1 } }), { authorization: 'Bearer t' }, 'http://127.0.0.1:1/');
    expect(r.body).toBe('{"a":1}');
    expect(r.headers).toEqual({ authorization: 'Bearer t', 'content-type': 'application/json' });
  });
  it('keeps a string body and a given content-type', () => {
    const r = prepareRequest(Endpoint.parse({ method: 'PUT', body: 'a=1', headers: { 'Content-Type': 'text/plain' } }), {}, 'http://127.0.0.1:1/');
    expect(r.body).toBe('a=1');
    expect(r.headers).toEqual({ 'Content-Type': 'text/plain' });
  });
});

describe('requestPath: load goes to the URL the user gave', () => {
  it('the target path, with its query, when the scenario names no path', () => {
    expect(requestPath('http://127.0.0.1:8080/rate/', undefined)).toBe('/rate/');
    expect(requestPath('http://127.0.0.1:8080/search?q=x', undefined)).toBe('/search?q=x');
    expect(requestPath('http://127.0.0.1:8080', undefined)).toBe('/');
  });
  it('a scenario path is appended to the target path', () => {
    expect(requestPath('http://127.0.0.1:8080/', '/static/')).toBe('/static/');
    expect(requestPath('http://127.0.0.1:8080/api', '/items')).toBe('/api/items');
    expect(requestPath('http://127.0.0.1:8080/api/', '/items?x=1')).toBe('/api/items?x=1');
  });
  it('the default endpoint loads the target itself; credentials become Basic auth', () => {
    const r = prepareRequest(Endpoint.parse({}), {}, 'http://u:p%40ss@127.0.0.1:1/rate/');
    expect(r.path).toBe('/rate/');
    expect(r.name).toBe('GET /rate/');
    expect(r.headers.authorization).toBe(`Basic ${Buffer.from('u:p@ss').toString('base64')}`);
  });
});

describe('templated endpoints', () => {
  const feed = (order: 'sequential' | 'random' | 'unique') => makeFeed('users_id', { file: 'x.csv', order }, [{ id: '7' }, { id: '8' }, { id: '9' }]);
  it('are rendered per request: a row each (sequential), $iteration the request count', () => {
    const e = Endpoint.parse({ path: '/users/{{ users_id.id }}?n={{ $iteration }}', headers: { 'x-user': 'u{{ users_id.id }}' } });
    const r = prepareRequest(e, {}, 'http://127.0.0.1:1/api', [feed('sequential')]);
    expect(r.render).toBeDefined();
    const sent = [0, 1, 2, 3].map((n) => materialize(r, n));
    expect(sent.map((x) => x.path)).toEqual(['/api/users/7?n=0', '/api/users/8?n=1', '/api/users/9?n=2', '/api/users/7?n=3']);
    expect(sent[1]!.headers['x-user']).toBe('u8');
  });
  it('a path may be a template as a whole, appended to the target path', () => {
    const paths = makeFeed('p', { file: 'p.csv', order: 'sequential' }, [{ path: '/a?x=1' }, { path: '/b' }]);
    const r = prepareRequest(Endpoint.parse({ path: '{{ p.path }}' }), {}, 'http://127.0.0.1:1/api/', [paths]);
    expect([0, 1].map((n) => materialize(r, n).path)).toEqual(['/api/a?x=1', '/api/b']);
  });
  it('an endpoint without templates is sent as prepared', () => {
    const r = prepareRequest(Endpoint.parse({ path: '/a' }), {}, 'http://127.0.0.1:1/', [feed('random')]);
    expect(r.render).toBeUndefined();
    expect(materialize(r, 5)).toBe(r);
  });
  it('rejects unique data, captured variables, unknown sources and missing columns before any load', () => {
    const at =
      (path: string, f = feed('sequential')) =>
      () =>
        prepareRequest(Endpoint.parse({ path }), {}, 'http://127.0.0.1:1/', [f]);
    expect(at('/u/{{ users_id.id }}', feed('unique'))).toThrow(/order: unique/);
    expect(at('/u/{{ token }}')).toThrow(/endpoints capture nothing/);
    expect(at('/u/{{ other.id }}')).toThrow(/data source "other"/);
    expect(at('/u/{{ users_id.name }}')).toThrow(/column "name"/);
    expect(at('/u/{{ users_id.id }}')).not.toThrow();
  });
});
