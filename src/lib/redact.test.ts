import { describe, expect, it } from 'vitest';
import { redactText, redactUrl } from './redact.ts';

describe('redaction', () => {
  it('masks passwords in URLs and connection strings, keeping the rest readable', () => {
    expect(redactUrl('http://user:s3cret@127.0.0.1:3000/x')).toBe('http://user:***@127.0.0.1:3000/x');
    expect(redactText('cannot connect to postgres://app:hunter2@db:5432/prod: refused')).toBe('cannot connect to postgres://app:***@db:5432/prod: refused');
    expect(redactText('no password here: http://127.0.0.1/')).toBe('no password here: http://127.0.0.1/');
  });
  it('masks tokens and key=value secrets', () => {
    expect(redactText('authorization: Bearer eyJhbGciOi.abc.def')).toBe('authorization: Bearer ***');
    expect(redactText('PGPASSWORD=x password=hunter2 api_key: "k-123"')).toContain('password=***');
    expect(redactText('api_key: "k-123"')).toBe('api_key: ***');
    expect(redactText('token=abc123&x=1')).toBe('token=***&x=1');
  });
});
