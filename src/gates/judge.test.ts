import { describe, expect, it } from 'vitest';
import { compileGate } from './gate-spec.ts';
import { judgeGate } from './judge.ts';
import { makeVerdict, gateVerdict } from './verdict.ts';
import type { MetricLookup } from '../core/metric.ts';
import { CATALOGS } from '../runner/registry.ts';

const p95 = compileGate('load', { metric: 'http_req_duration', expression: 'p(95)<500', level: 'fail' }, 'test', CATALOGS);
const p95warn = compileGate('load', { metric: 'http_req_duration', expression: 'p(95)<500', level: 'warn' }, 'test', CATALOGS);

const lookup =
  (value: number | undefined, trusted = true): MetricLookup =>
  () => ({
    type: 'trend',
    trusted,
    untrustedReason: 'load generator saturated',
    at: 'level 100',
    read: (a) => (a.kind === 'percentile' && a.p === 95 ? value : undefined),
  });

describe('judgeGate', () => {
  it('passes and fails by the threshold, at the stated level', () => {
    expect(judgeGate(p95, { load: lookup(120) })).toMatchObject({ outcome: 'pass', actual: 120, at: 'level 100' });
    expect(judgeGate(p95, { load: lookup(720) })).toMatchObject({ outcome: 'fail', actual: 720 });
    expect(judgeGate(p95warn, { load: lookup(720) })).toMatchObject({ outcome: 'warn' });
  });
  it('never passes untrusted numbers', () => {
    const g = judgeGate(p95, { load: lookup(120, false) });
    expect(g.outcome).toBe('not-measured');
    expect(g.message).toMatch(/generator saturated/);
  });
  it('is not-measured without a number, and error when the probe errored', () => {
    expect(judgeGate(p95, {}).outcome).toBe('not-measured');
    expect(judgeGate(p95, { load: lookup(undefined) }).outcome).toBe('not-measured');
    expect(judgeGate(p95, { load: () => ({ missing: 'no step ran' }) })).toMatchObject({ outcome: 'not-measured', message: 'no step ran' });
    expect(judgeGate(p95, { load: { error: 'target down' } })).toMatchObject({ outcome: 'error', message: /target down/ });
  });
});

describe('makeVerdict', () => {
  const g = (outcome: 'pass' | 'warn' | 'fail' | 'error' | 'not-measured', level: 'warn' | 'fail' = 'fail') =>
    ({ id: outcome, probe: 'load', metric: 'm', expression: 'e', actual: null, level, outcome, message: '' }) as const;
  it('orders error > fail > warn > pass', () => {
    expect(makeVerdict([g('pass')], {})).toBe('pass');
    expect(makeVerdict([g('pass'), g('warn')], {})).toBe('warn');
    expect(makeVerdict([g('warn'), g('fail'), g('pass')], {})).toBe('fail');
    expect(makeVerdict([g('fail'), g('error')], {})).toBe('error');
  });
  it('fails closed: a fail-level gate without a number is an error, a warn-level one warns', () => {
    expect(gateVerdict(g('not-measured'))).toBe('error');
    expect(gateVerdict(g('not-measured', 'warn'))).toBe('warn');
  });
  it('an errored probe or an interrupted run is an error even with every gate passing', () => {
    expect(makeVerdict([g('pass')], { migrate: { status: 'error' } })).toBe('error');
    expect(makeVerdict([g('pass')], {}, true)).toBe('error');
  });
});
