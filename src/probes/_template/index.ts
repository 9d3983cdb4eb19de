// TEMPLATE: copy this folder to start a probe (`npm run new-probe -- <name>` does it and
// registers it once in src/runner/registry.ts). It compiles as it is: a probe that "measures"
// how long a configured pause takes, so every part of the contract has an example. Replace
// the pieces, keep the shape. docs/adding-a-probe.md walks through it.
import type { Probe } from '../../core/probe.ts';
import { UsageError } from '../../core/errors.ts';
import { TemplateBlock } from './block.ts';
import { TEMPLATE_CATALOG } from './catalog.ts';
import { TEMPLATE_FLAGS, TemplateConfig, type TemplateConfigInput } from './config.ts';
import { templateReport } from './report.ts';

export interface TemplatePrepared {
  pauseMs: number;
}

export const templateProbe = {
  name: 'template',
  description: 'an example probe: how long a pause takes (copy it to start a probe)',
  config: TemplateConfig,
  command: { name: 'template', description: 'the example probe', flags: TEMPLATE_FLAGS },
  block: TemplateBlock,

  // Everything read and checked here: the only place a UsageError may come from.
  async prepare(c, ctx) {
    if (c.pauseMs > 60_000) throw new UsageError(`${ctx.where}: pauseMs ${c.pauseMs} is over a minute`);
    return { pauseMs: c.pauseMs };
  },

  // Heavy libraries are imported here, lazily. Whatever this throws becomes an error block.
  async measure(p, ctx) {
    const task = ctx.progress.task(`pausing ${p.pauseMs} ms`);
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, p.pauseMs));
    const tookMs = performance.now() - t0;
    task.done(`took ${tookMs.toFixed(1)} ms`);
    return { status: 'ok', tookMs };
  },

  errorBlock: (_p, message, partial) => ({ ...(partial ?? {}), status: 'error', message }),
  describe: (p) => `pause ${p.pauseMs} ms`,

  gates: {
    // Packaged gate files whose `template:` section judges it when the user's files have none.
    defaults: () => [],
    // Gates its own settings imply (like --headroom), as gate definitions.
    extra: () => [{ where: 'template', defs: [{ id: 'template-pause', metric: 'took_ms', expression: 'value<60000' }] }],
  },

  metrics: {
    catalog: TEMPLATE_CATALOG,
    lookup: (b) => (name) =>
      name === 'took_ms' && b.tookMs !== undefined
        ? { type: 'gauge', trusted: true, read: (a) => (a.kind === 'value' ? b.tookMs : undefined) }
        : { missing: `the template probe did not measure ${name}` },
  },

  comparables: (b) =>
    b.tookMs === undefined
      ? []
      : [{ probe: 'template', key: 'template.took_ms', label: 'pause', unit: 'ms', worse: 'higher', value: b.tookMs, absoluteFloor: 5 }],
  report: templateReport,
} satisfies Probe<'template', TemplateConfigInput, TemplateConfig, TemplatePrepared, TemplateBlock>;
