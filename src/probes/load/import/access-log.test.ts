import { describe, expect, it } from 'vitest';
import { parseAccessLog, parseCombinedLine, parseFieldMap, parseTimeLocal } from './access-log.ts';

describe('access logs', () => {
  it('reads nginx combined lines: method, path without query, status, time with its offset', () => {
    const e = parseCombinedLine('10.0.0.1 - bob [01/Dec/2026:23:30:05 +0100] "GET /users/42?x=1 HTTP/1.1" 404 12 "-" "curl/8.5"');
    expect(e).toEqual({ method: 'GET', path: '/users/42', status: 404, timeMs: Date.UTC(2026, 11, 1, 22, 30, 5) });
    expect(parseTimeLocal('01/Dec/2026:23:30:05 -0030')).toBe(Date.UTC(2026, 11, 2, 0, 0, 5));
    expect(parseCombinedLine('not a log line')).toBeUndefined();
  });
  it('reads JSON lines with default or configured field names; guesses the format', () => {
    const text = ['{"verb":"post","uri":"https://x.test/orders/7?a=b","code":201,"ts":1764631805.5}', '{"verb":"GET"}', ''].join('\n');
    const log = parseAccessLog(text, undefined, parseFieldMap('method=verb,path=uri,status=code,time=ts'));
    expect(log.format).toBe('json');
    expect(log.entries).toEqual([{ method: 'POST', path: '/orders/7', status: 201, timeMs: 1764631805500 }]);
    expect(log.skipped).toBe(1);
    const byDefault = parseAccessLog('{"method":"GET","path":"/a","status":200,"time":"2026-12-01T23:30:00Z"}');
    expect(byDefault.entries[0]).toEqual({ method: 'GET', path: '/a', status: 200, timeMs: Date.UTC(2026, 11, 1, 23, 30) });
  });
  it('rejects a --fields entry that is not key=field', () => {
    expect(() => parseFieldMap('verb')).toThrow(/key=field/);
    expect(() => parseFieldMap('colour=red')).toThrow(/key one of/);
  });
});
