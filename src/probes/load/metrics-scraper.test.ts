import { describe, expect, it } from 'vitest';
import { parseExposition, readGauge } from './metrics-scraper.ts';
import { parseGaugeFlag } from './config.ts';

const TEXT = `# HELP db_pool_active connections in use
# TYPE db_pool_active gauge
db_pool_active 7
db_pool_max 10
http_inflight{route="/api",method="GET"} 3.5
http_inflight{method="POST", route="/api"} 1
up +Inf
broken line here
`;

describe('Prometheus exposition', () => {
  it('reads gauges with and without labels, label order not mattering', () => {
    const m = parseExposition(TEXT);
    expect(readGauge(m, 'db_pool_active')).toBe(7);
    expect(readGauge(m, 'http_inflight{method="GET",route="/api"}')).toBe(3.5);
    expect(readGauge(m, 'http_inflight{route="/api", method="POST"}')).toBe(1);
    expect(readGauge(m, 'up')).toBe(Infinity);
    expect(readGauge(m, 'missing')).toBeUndefined();
  });
  it('parses --gauge flags with a numeric or metric limit', () => {
    expect(parseGaugeFlag('db pool=db_pool_active:db_pool_max')).toEqual({ name: 'db pool', metric: 'db_pool_active', limit: 'db_pool_max' });
    expect(parseGaugeFlag('queue=jobs_waiting:500')).toEqual({ name: 'queue', metric: 'jobs_waiting', limit: 500 });
    expect(parseGaugeFlag('inflight=http_inflight')).toEqual({ name: 'inflight', metric: 'http_inflight' });
    expect(() => parseGaugeFlag('nonsense')).toThrow(/NAME=METRIC/);
  });
});
