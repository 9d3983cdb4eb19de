import { describe, expect, it } from 'vitest';
import { evaluateThreshold, parseThreshold, validateThreshold, ThresholdSyntaxError } from './threshold.ts';

describe('parseThreshold', () => {
  it.each([
    ['avg<200', { kind: 'avg' }, '<', 200],
    ['min>=1', { kind: 'min' }, '>=', 1],
    ['max<=4000', { kind: 'max' }, '<=', 4000],
    ['med<2', { kind: 'med' }, '<', 2],
    ['p(95)<500', { kind: 'percentile', p: 95 }, '<', 500],
    ['p(99.9) < 1500.5', { kind: 'percentile', p: 99.9 }, '<', 1500.5],
    ['rate<0.005', { kind: 'rate' }, '<', 0.005],
    ['count>10', { kind: 'count' }, '>', 10],
    ['value==3', { kind: 'value' }, '==', 3],
    ['value===3', { kind: 'value' }, '===', 3],
    ['value!=0', { kind: 'value' }, '!=', 0],
    ['rate >= 0.8', { kind: 'rate' }, '>=', 0.8],
    ['value>-1', { kind: 'value' }, '>', -1],
  ])('parses %s', (src, aggregation, operator, value) => {
    const t = parseThreshold(src);
    expect(t.aggregation).toEqual(aggregation);
    expect(t.operator).toBe(operator);
    expect(t.value).toBe(value);
  });

  it.each([
    ['p95<500', /did you mean "p\(95\)"/],
    ['P(95)<500', /unknown aggregation/],
    ['p(101)<500', /0 to 100/],
    ['p(abc)<5', /must be a number/],
    ['avg 200', /no operator/],
    ['avg<', /is not a number/],
    ['avg<fast', /is not a number/],
    ['avg<1e3', /is not a number/],
    ['median<3', /did you mean "med"/],
    ['AVG<3', /did you mean "avg"/],
    ['avg=>3', /is not a number|unknown aggregation/],
    ['', /no operator/],
  ])('rejects %s', (src, message) => {
    expect(() => parseThreshold(src)).toThrow(ThresholdSyntaxError);
    expect(() => parseThreshold(src)).toThrow(message);
  });
});

describe('validateThreshold', () => {
  it('accepts aggregations defined for the metric type', () => {
    expect(() => validateThreshold(parseThreshold('p(95)<1'), 'trend', 'http_req_duration')).not.toThrow();
    expect(() => validateThreshold(parseThreshold('rate<1'), 'counter', 'http_reqs')).not.toThrow();
    expect(() => validateThreshold(parseThreshold('count<1'), 'counter', 'http_reqs')).not.toThrow();
    expect(() => validateThreshold(parseThreshold('value<1'), 'gauge', 'g')).not.toThrow();
  });
  it('rejects aggregations the type does not have, naming the metric', () => {
    expect(() => validateThreshold(parseThreshold('p(95)<1'), 'rate', 'http_req_failed')).toThrow(
      /p\(95\) is not defined for http_req_failed \(a rate metric\); use rate/,
    );
    expect(() => validateThreshold(parseThreshold('rate<1'), 'trend', 'http_req_duration')).toThrow(/use avg, min, max, med, p\(N\)/);
    expect(() => validateThreshold(parseThreshold('count<1'), 'gauge', 'g')).toThrow(/use value/);
  });
});

describe('evaluateThreshold', () => {
  it.each([
    ['p(95)<500', 499, true],
    ['p(95)<500', 500, false],
    ['p(95)<=500', 500, true],
    ['rate>0.5', 0.5, false],
    ['rate>=0.5', 0.5, true],
    ['value==3', 3, true],
    ['value===3', 4, false],
    ['value!=3', 4, true],
    ['value!=3', 3, false],
  ])('%s with %d -> %s', (src, actual, ok) => {
    expect(evaluateThreshold(parseThreshold(src), actual)).toBe(ok);
  });
});
