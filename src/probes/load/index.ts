// The load probe: stepped ramps in the closed model (concurrent connections) or the open
// model (requests/second), the breaking point, resources per step, the USL and growth.
import type { Probe } from '../../core/probe.ts';
import { UsageError } from '../../core/errors.ts';
import { assertTargetAllowed, redactUrl } from '../../core/allow-host.ts';
import { LoadProbe } from './block.ts';
import { LOAD_FLAGS, LoadConfig, type LoadConfigInput } from './config.ts';
import { resolveRampScenario } from './resolve-scenario.ts';
import { planLevels, unitOf } from './plan.ts';
import type { RampScenario } from './scenario.ts';
import { expandLoadGates, loadMetricLookup } from './metrics.ts';
import { withK6Metrics } from './metrics-k6.ts';
import { loadComparables } from './comparables.ts';
import { loadReport } from './report.ts';
import { rampProgress } from './progress.ts';
import { LOAD_CATALOG } from './catalog.ts';
import type { GaugeSpec } from './metrics-scraper.ts';
import type { ServiceSpec } from '../../core/service.ts';
import { loadFeeds, type DataFeed } from './data-feed.ts';
import { compileFlow } from './flow.ts';
import { prepareRequest } from './request-mix.ts';

export interface LoadPrepared {
  scenario: RampScenario;
  /** Where the load goes; absent when it goes to the started service's URL. */
  target?: string;
  service?: ServiceSpec;
  targetPid?: number;
  dbUrl?: string;
  metrics?: { url: string; gauges: GaugeSpec[] };
  current?: number;
  growth?: number;
  allowHosts: readonly string[];
  /** The flow's data, read and checked before any load. */
  feeds?: DataFeed[];
}

export const loadProbe = {
  name: 'load',
  description: 'stepped load ramps: the breaking point, latency and errors per level, resources, the USL, growth',
  config: LoadConfig,
  command: { name: 'ramp', description: 'run a stepped load ramp and find the breaking point', flags: LOAD_FLAGS },
  block: LoadProbe,

  async prepare(c, ctx) {
    const { scenario: source, target, service, targetPid, dbUrl, metrics, current, growth, ...overrides } = c;
    const scenario = await resolveRampScenario(source as string | undefined, overrides, ctx.where);
    let declared = target ?? scenario.target;
    let svc: ServiceSpec | undefined;
    if (service) {
      // A started service is loaded at its own URL unless a target is named beside it.
      const url = service.url ?? declared ?? 'http://127.0.0.1:{port}/';
      if (!service.url) declared = undefined;
      svc = { command: service.command, url, health: service.health, readyTimeoutMs: service.readyTimeout };
    }
    if (!declared && !svc) throw new UsageError(`${ctx.where}: no target: pass --target URL, or set target in the scenario or config`);
    if (declared) {
      if (declared.includes('{port}')) throw new UsageError(`${ctx.where}: target ${declared} has {port} but no service is started (--target-cmd)`);
      assertTargetAllowed(declared, ctx.allowHosts);
    }
    const levels = planLevels(scenario); // the safety cap is a usage error before anything starts
    let feeds: DataFeed[] | undefined;
    if (scenario.flow) {
      feeds = await loadFeeds(scenario.data, scenario.baseDir, usersNeeded(scenario, Math.max(...levels.map((l) => l.level))));
      compileFlow(scenario, declared ?? 'http://127.0.0.1/', feeds); // every template name checked now
    } else if (Object.keys(scenario.data).length) {
      // Endpoints read data too (one row per request; no users, so no `unique` rows to count).
      feeds = await loadFeeds(scenario.data, scenario.baseDir, 0);
      for (const e of scenario.endpoints) prepareRequest(e, scenario.headers, declared ?? 'http://127.0.0.1/', feeds); // templates checked now
    }
    return {
      scenario,
      ...(declared ? { target: declared } : {}),
      ...(svc ? { service: svc } : {}),
      ...(targetPid ? { targetPid } : {}),
      ...(dbUrl ? { dbUrl } : {}),
      ...(metrics ? { metrics: { url: metrics.url, gauges: metrics.gauges } } : {}),
      ...(current ? { current } : {}),
      ...(growth ? { growth } : {}),
      allowHosts: ctx.allowHosts,
      ...(feeds ? { feeds } : {}),
    } satisfies LoadPrepared;
  },

  async measure(p, ctx) {
    const { runLoadProbe } = await import('./load-probe.ts');
    return runLoadProbe({ ...p, signal: ctx.signal, events: rampProgress(ctx.progress, unitOf(p.scenario.mode)), onPartial: ctx.partial, log: ctx.log });
  },

  errorBlock(p, message, partial) {
    const base: LoadProbe = partial ?? {
      status: 'error',
      mode: p.scenario.mode,
      target: redactUrl(p.target ?? p.service?.url ?? '(service)'),
      steps: [],
      breakingPoint: { found: false, lastGood: null, firstBad: null, reason: 'not measured' },
    };
    return { ...base, status: 'error', message };
  },

  describe: (p) => `ramp ${p.scenario.steps.join(', ')} ${unitOf(p.scenario.mode)}`,

  gates: {
    defaults: () => ['default.gates.yaml'],
    extra: (p) =>
      p.scenario.headroom !== undefined
        ? [{ where: '--headroom', defs: [{ id: 'headroom', metric: 'headroom', expression: `value>=${p.scenario.headroom}`, level: 'fail' }] }]
        : [],
    expand: (gates, block) => expandLoadGates(gates, block),
  },

  metrics: { catalog: LOAD_CATALOG, lookup: (b) => withK6Metrics(loadMetricLookup(b), b) },
  comparables: loadComparables,
  report: loadReport,
} satisfies Probe<'load', LoadConfigInput, LoadConfig, LoadPrepared, LoadProbe>;

/** Distinct virtual users the highest level starts: users, or every arrival of a whole step. */
function usersNeeded(s: RampScenario, top: number): number {
  return s.mode === 'arrivals' ? Math.ceil((top * (s.warmup + s.stepDuration)) / 1000) + 1 : top;
}
