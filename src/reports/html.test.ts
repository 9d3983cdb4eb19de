import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { renderHtml } from './html.ts';
import type { ResultEnvelope as Result } from '../core/result.ts';

const secretUrl = 'postgres://app:s3cr3t-pass@db.internal:5432/shop';
const result: Result = {
  schemaVersion: 1,
  verdict: 'error',
  startedAt: '2026-11-26T10:00:00.000Z',
  finishedAt: '2026-11-26T10:01:30.000Z',
  interrupted: false,
  tool: { name: 'shipgate', version: '0.1.0' },
  command: 'run',
  // A secret in a message, and a string shaped like the library's placeholder: data is
  // escaped, so it can never become the place the library goes.
  message: `could not connect to ${secretUrl} <script data-shipgate-library></script>`,
  gates: [],
  probes: {},
};

describe('renderHtml', () => {
  it('redacts the page itself, and inlines the chart library once, unredacted and unchanged', async () => {
    const html = await renderHtml(result, []);
    expect(html).not.toContain('s3cr3t-pass');
    expect(html).toContain('db.internal');
    const library = readFileSync(createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js'), 'utf8');
    expect(html.split(library).length).toBe(2);
    expect(html).not.toContain('<script data-shipgate-library></script>');
    expect(html).toContain('&lt;script data-shipgate-library&gt;');
  });
});
