// The web probe: Lighthouse on every page and device (median run and spread), timed Playwright
// journeys (p50/p95), judged against per-device budgets and budget.json files.
import type { Probe } from '../../core/probe.ts';
import { WebProbe } from './block.ts';
import { WEB_FLAGS, WebConfig, type WebConfigInput } from './web-config.ts';
import { prepareWeb, type WebPrepared } from './prepare.ts';
import { planText, webProgress } from './progress.ts';
import { expandWebGates } from './gate-expand.ts';
import { webMetricLookup } from './metrics.ts';
import { webComparables } from './comparables.ts';
import { webReport } from './report.ts';
import { WEB_CATALOG } from './catalog.ts';

export type { WebPrepared };

export const webProbe = {
  name: 'web',
  description: 'Lighthouse budgets per page and device, and timed user journeys with Playwright',
  config: WebConfig,
  command: {
    name: 'web',
    description: 'measure pages with Lighthouse (per device) and user journeys with Playwright against budgets',
    flags: WEB_FLAGS,
    maxRunTime: 20 * 60_000,
  },
  block: WebProbe,

  prepare: (c, ctx) => prepareWeb(c, ctx.where),

  async measure(p, ctx) {
    const { runWebProbe } = await import('./web-probe.ts');
    return runWebProbe({
      config: p.config,
      journeys: p.journeys,
      signal: ctx.signal,
      events: webProgress(ctx.progress, p),
      log: ctx.log,
      onPartial: ctx.partial,
    });
  },

  errorBlock: (_p, message, partial): WebProbe => ({ ...(partial ?? {}), status: 'error', message }),

  describe: planText,

  gates: {
    defaults: () => ['default.gates.yaml'],
    extra: (p) => p.budgets.map((b) => ({ defs: b.defs, where: b.file })),
    // A wrapper, not expandWebGates itself: its `WebProbe | undefined` parameter would stop the
    // registry inferring the block type (BlockOf<'web'> became never).
    expand: (gates, block) => expandWebGates(gates, block),
  },

  metrics: { catalog: WEB_CATALOG, lookup: webMetricLookup, judgesPartial: (b) => Boolean(b.pages?.length || b.journeys?.length) },
  comparables: webComparables,
  report: webReport,
} satisfies Probe<'web', WebConfigInput, WebConfig, WebPrepared, WebProbe>;
