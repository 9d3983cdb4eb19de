import { describe, expect, it } from 'vitest';
import { assertTargetAllowed, isLoopbackHost } from './allow-host.ts';

describe('allow-host', () => {
  it('knows loopback', () => {
    for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', 'api.localhost']) expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['10.0.0.1', '192.168.1.1', 'example.com', '128.0.0.1', '127.0.0.1.nip.io']) expect(isLoopbackHost(h)).toBe(false);
  });
  it('refuses other hosts unless allowlisted', () => {
    expect(() => assertTargetAllowed('http://10.0.0.5:80/', [])).toThrow(/only loopback/);
    expect(assertTargetAllowed('http://staging.internal/', ['staging.internal']).hostname).toBe('staging.internal');
    expect(() => assertTargetAllowed('ftp://127.0.0.1/', [])).toThrow(/http: or https:/);
    expect(() => assertTargetAllowed('not a url', [])).toThrow(/not a URL/);
  });
});
