import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderJunit } from './junit.ts';
import type { ResultEnvelope as Result } from '../core/result.ts';

const result: Result = {
  schemaVersion: 1,
  verdict: 'error',
  startedAt: '2026-11-26T10:00:00.000Z',
  finishedAt: '2026-11-26T10:01:30.000Z',
  interrupted: false,
  tool: { name: 'shipgate', version: '0.1.0' },
  command: 'run',
  gates: [
    { id: 'api-p95', probe: 'load', metric: 'http_req_duration', expression: 'p(95)<500', actual: 120, level: 'fail', outcome: 'pass', message: 'ok' },
    {
      id: 'api-p99',
      probe: 'load',
      metric: 'http_req_duration',
      expression: 'p(99)<2000',
      actual: 2500,
      level: 'fail',
      outcome: 'fail',
      message: 'p(99) = 2500 & "worse" <bad>',
    },
    { id: 'slow', probe: 'load', metric: 'http_req_duration', expression: 'avg<10', actual: 12, level: 'warn', outcome: 'warn', message: 'warned' },
  ],
  probes: { web: { status: 'error', message: 'no browser' } },
};

describe('renderJunit', () => {
  it('is well-formed XML with one testcase per gate and the right counts', () => {
    const out = renderJunit(result);
    expect(XMLValidator.validate(out)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(out);
    const suites = [doc.testsuites.testsuite].flat();
    expect(doc.testsuites.tests).toBe('4');
    expect(doc.testsuites.failures).toBe('1');
    expect(doc.testsuites.errors).toBe('1');
    expect(doc.testsuites.time).toBe('90.000');
    const load = suites.find((s: { name: string }) => s.name === 'shipgate load');
    expect(load.testcase).toHaveLength(3);
    const failed = load.testcase.find((t: { name: string }) => t.name.startsWith('api-p99'));
    expect(failed.failure.message).toBe('p(99) = 2500 & "worse" <bad>');
    const web = suites.find((s: { name: string }) => s.name === 'shipgate web');
    expect(web.testcase.error.message).toBe('no browser');
  });
});
