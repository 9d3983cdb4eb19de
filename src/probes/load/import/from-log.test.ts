import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RampScenario } from '../scenario.ts';
import type { LogEntry } from './access-log.ts';
import { logRates, proposedSteps, scenarioFromLog, scenarioYaml, weightsOf } from './from-log.ts';
import { isIdSegment, routeShape } from './path-template.ts';

describe('path templates', () => {
  it('numbers, UUIDs and long hex are ids; words, versions and short hex are not', () => {
    for (const id of ['42', '0b7e5a3c-1f2d-4e5f-8a9b-0c1d2e3f4a5b', '5f8d0d55b54764421b7156c3', 'd41d8cd98f00b204e9800998ecf8427e'])
      expect(isIdSegment(id)).toBe(true);
    for (const word of ['users', 'v2', 'beef', 'deadbeefcafe', 'abcdefabcdefabcdef']) expect(isIdSegment(word)).toBe(false);
    expect(routeShape('/v2/users/42/orders/5f8d0d55b54764421b7156c3')).toMatchObject({
      key: '/v2/users/{}/orders/{}',
      ids: ['42', '5f8d0d55b54764421b7156c3'],
    });
  });
});

describe('weights', () => {
  it('are exact when the counts allow, per-mille otherwise; every share within a point', () => {
    expect(weightsOf([600, 300, 100])).toEqual([6, 3, 1]);
    const counts = [5003, 2999, 1001, 997, 1];
    const w = weightsOf(counts);
    const total = counts.reduce((a, b) => a + b, 0);
    const wsum = w.reduce((a, b) => a + b, 0);
    for (const [i, c] of counts.entries()) expect(Math.abs(c / total - w[i]! / wsum)).toBeLessThan(0.01);
    expect(w.at(-1)).toBe(1); // a route seen once stays in the mix
  });
});

describe('rates and steps', () => {
  it('average over the span, peak over one-second windows; steps are 0.5x..10x the peak', () => {
    const t0 = Date.UTC(2026, 0, 1) / 1000;
    // 30 requests in the first second, 10 in the next, one two seconds later.
    const perSecond = new Map([
      [t0, 30],
      [t0 + 1, 10],
      [t0 + 3, 1],
    ]);
    expect(logRates(perSecond)).toEqual({ spanS: 4, averageRps: 41 / 4, peakRps: 30, peakWindowS: 1 });
    // Over an hour or more, the peak is the busiest minute's average.
    const long = new Map([
      [t0, 120],
      [t0 + 59, 60],
      [t0 + 3599, 1],
    ]);
    expect(logRates(long)).toMatchObject({ spanS: 3600, peakRps: 3, peakWindowS: 60 });
    expect(proposedSteps(30)).toEqual([15, 30, 60, 150, 300]);
    expect(proposedSteps(1)).toEqual([1, 2, 5, 10]);
  });
});

describe('scenarioFromLog', () => {
  it('writes a valid rate scenario with templated routes and the ids seen', () => {
    const t = Date.UTC(2026, 0, 1);
    const entries: LogEntry[] = [
      ...Array.from({ length: 6 }, (_, i) => ({ method: 'GET', path: `/users/${i % 3}`, status: 200, timeMs: t + i * 1000 })),
      { method: 'GET', path: '/health', status: 200, timeMs: t },
      { method: 'DELETE', path: '/users/9', status: 204, timeMs: t },
      { method: 'CONNECT', path: '/x', status: 400, timeMs: t }, // not an endpoint's method: left out
    ];
    const made = scenarioFromLog(entries, { source: 'x.log', stem: 'x' });
    const s = RampScenario.parse(parse(scenarioYaml(made, 'x.log', 0)));
    expect(s.mode).toBe('rate');
    expect(s.endpoints.map((e) => [e.name, e.path, e.weight])).toEqual([
      ['GET /users/:id', '/users/{{ users_id.id }}', 6],
      ['GET /health', '/health', 1],
      ['DELETE /users/:id', '/users/{{ users_id.id }}', 1],
    ]);
    expect(s.data).toEqual({ users_id: { file: 'x.users_id.csv', order: 'random' } });
    expect(made.dataFiles['x.users_id.csv']).toBe('id\n0\n1\n2\n9\n');
    expect(made.otherMethods).toBe(1);
    expect(made.total).toBe(8);
    expect(s.steps).toEqual([2, 3, 6, 15, 30]); // peak 3/s in the first second
  });
});
