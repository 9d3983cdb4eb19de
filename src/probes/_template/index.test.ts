// TEMPLATE: a probe's unit tests run its contract without the CLI: prepare refuses bad input,
// measure returns a valid block, the report shows what was measured.
import { describe, expect, it } from 'vitest';
import { silentProgress } from '../../core/progress.ts';
import { markdownSection } from '../../reports/blocks.ts';
import { templateProbe } from './index.ts';

describe('the template probe', () => {
  it('prepares, measures a valid block, and reports it', async () => {
    const p = await templateProbe.prepare(templateProbe.config.parse({ pauseMs: 20 }), { where: 'test', allowHosts: [] });
    const block = await templateProbe.measure(p, { signal: new AbortController().signal, log: () => {}, progress: silentProgress, partial: () => {} });
    expect(templateProbe.block.parse(block).tookMs).toBeGreaterThanOrEqual(19);
    expect(templateProbe.metrics.lookup(block)('took_ms')).toMatchObject({ trusted: true });
    expect(
      templateProbe
        .report(block)
        .flatMap((s) => markdownSection(s))
        .join('\n'),
    ).toMatch(/pause took: \d/);
  });
  it('refuses a bad setting before measuring', async () => {
    await expect(templateProbe.prepare(templateProbe.config.parse({ pauseMs: 120_000 }), { where: 'test', allowHosts: [] })).rejects.toThrow(/over a minute/);
  });
});
