// Gates and baselines read virtual users' numbers: a request name's stats through the
// {name:...} tag, iterations, and the optional shipped gate dropped where it cannot apply.
import { describe, expect, it } from 'vitest';
import type { LoadProbe, LoadStep } from './block.ts';
import { expandLoadGates, loadMetricLookup } from './metrics.ts';
import { loadComparables } from './comparables.ts';
import type { GateSpec } from '../../core/metric.ts';

const lat = (p95: number) => ({ p50: p95 / 2, p90: p95 * 0.9, p95, p99: p95 * 1.2, max: p95 * 2, min: 1, mean: p95 / 2 });
const named = (p95: number, requests: number, errorRate = 0) => ({ requests, rps: requests / 10, errorRate, errors: {}, latencyMs: lat(p95) });

function probe(step: Partial<LoadStep>): LoadProbe {
  return {
    status: 'ok',
    mode: 'users',
    target: 'http://127.0.0.1/',
    expectLevel: 100,
    steps: [{ level: 100, durationS: 10, requests: 300, rps: 30, latencyMs: lat(80), errorRate: 0.01, errors: { '401': 3 }, trusted: true, ...step }],
    breakingPoint: { found: false, lastGood: 100, firstBad: null, reason: 'held' },
  };
}

const flowStep: Partial<LoadStep> = {
  byName: { login: { ...named(250, 100), includesWarmup: true }, list: named(40, 150), buy: named(90, 50, 0.06) },
  iterations: { completed: 47, failed: 3, failures: { 'buy: status 401': 3 }, durationMs: lat(130) },
  users: 100,
};

const read = (l: LoadProbe, metric: string, agg: Parameters<import('../../core/metric.ts').MetricValue['read']>[0]) => {
  const v = loadMetricLookup(l)(metric);
  if ('missing' in v) return v.missing;
  return v.read(agg);
};

describe('load metrics for virtual users', () => {
  it('a {name:...} tag reads that request name, the bare metric the whole step', () => {
    const l = probe(flowStep);
    expect(read(l, 'http_req_duration{name:login}', { kind: 'percentile', p: 95 })).toBe(250);
    expect(read(l, 'http_req_duration', { kind: 'percentile', p: 95 })).toBe(80);
    expect(read(l, 'http_req_failed{name:buy}', { kind: 'rate' })).toBe(0.06);
    expect(read(l, 'http_reqs{name:list}', { kind: 'count' })).toBe(150);
    expect(read(l, 'http_req_duration{name:nope}', { kind: 'med' })).toMatch(/no request named "nope".*named: login, list, buy/);
    expect(read(l, 'http_req_duration{url:/x}', { kind: 'med' })).toMatch(/only \{name:...\}/);
  });

  it('iteration_duration and iteration_failed read the iterations; a ramp without users has none', () => {
    const l = probe(flowStep);
    expect(read(l, 'iteration_duration', { kind: 'percentile', p: 95 })).toBe(130);
    expect(read(l, 'iteration_failed', { kind: 'rate' })).toBeCloseTo(3 / 50);
    expect(read(probe({}), 'iteration_failed', { kind: 'rate' })).toMatch(/no virtual users ran/);
  });

  it('drops an optional gate only where it cannot apply; a gate the user wrote stays', () => {
    const gate = (id: string, metric: string, optional: boolean): GateSpec => ({
      id,
      probe: 'load',
      metric,
      expression: 'rate<0.01',
      threshold: { aggregation: { kind: 'rate' }, op: '<', value: 0.01 } as unknown as GateSpec['threshold'],
      level: 'fail',
      ...(optional ? { optional } : {}),
    });
    const gates = [gate('shipped', 'iteration_failed', true), gate('mine', 'iteration_failed', false), gate('named', 'http_req_failed{name:buy}', true)];
    const endpointRamp: LoadProbe = { ...probe({}), mode: 'concurrency' };
    expect(expandLoadGates(gates, endpointRamp).skipped.map((g) => g.id)).toEqual(['shipped', 'named']);
    // A ramp that could not measure: no iteration gate for connections, kept for users.
    const failed = (mode: LoadProbe['mode']): LoadProbe => ({ ...probe({}), mode, status: 'error', steps: [] });
    expect(expandLoadGates(gates, failed('concurrency')).skipped.map((g) => g.id)).toEqual(['shipped']);
    expect(expandLoadGates(gates, failed('users')).skipped).toEqual([]);
    expect(expandLoadGates(gates, probe(flowStep)).skipped).toEqual([]);
  });

  it('baselines compare each request name and the iteration at the gate level', () => {
    const keys = loadComparables(probe(flowStep)).map((c) => [c.key, c.value]);
    expect(keys).toContainEqual(['load.http_req_duration{name:login}.p95@100', 250]);
    expect(keys).toContainEqual(['load.iteration_duration.p95@100', 130]);
  });
});
