import { describe, expect, it } from 'vitest';
import { prepareRequest, weightedSequence } from './request-mix.ts';
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
    const r = prepareRequest(Endpoint.parse({ method: 'POST', path: '/x', body: { a: 1 } }), { authorization: 'Bearer t' });
    expect(r.body).toBe('{"a":1}');
    expect(r.headers).toEqual({ authorization: 'Bearer t', 'content-type': 'application/json' });
  });
  it('keeps a string body and a given content-type', () => {
    const r = prepareRequest(Endpoint.parse({ method: 'PUT', body: 'a=1', headers: { 'Content-Type': 'text/plain' } }), {});
    expect(r.body).toBe('a=1');
    expect(r.headers).toEqual({ 'Content-Type': 'text/plain' });
  });
});
