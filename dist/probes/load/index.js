import { UsageError } from "../../core/errors.js";
import { assertTargetAllowed, redactUrl } from "../../core/allow-host.js";
import { LoadProbe } from "./block.js";
import { LOAD_FLAGS, LoadConfig } from "./config.js";
import { resolveRampScenario } from "./resolve-scenario.js";
import { planLevels, unitOf } from "./plan.js";
import { loadMetricLookup } from "./metrics.js";
import { withK6Metrics } from "./metrics-k6.js";
import { loadComparables } from "./comparables.js";
import { loadReport } from "./report.js";
import { rampProgress } from "./progress.js";
import { LOAD_CATALOG } from "./catalog.js";
export const loadProbe = {
    name: 'load',
    description: 'stepped load ramps: the breaking point, latency and errors per level, resources, the USL, growth',
    config: LoadConfig,
    command: { name: 'ramp', description: 'run a stepped load ramp and find the breaking point', flags: LOAD_FLAGS },
    block: LoadProbe,
    async prepare(c, ctx) {
        const { scenario: source, target, service, targetPid, dbUrl, metrics, current, growth, ...overrides } = c;
        const scenario = await resolveRampScenario(source, overrides, ctx.where);
        let declared = target ?? scenario.target;
        let svc;
        if (service) {
            // A started service is loaded at its own URL unless a target is named beside it.
            const url = service.url ?? declared ?? 'http://127.0.0.1:{port}/';
            if (!service.url)
                declared = undefined;
            svc = { command: service.command, url, health: service.health, readyTimeoutMs: service.readyTimeout };
        }
        if (!declared && !svc)
            throw new UsageError(`${ctx.where}: no target: pass --target URL, or set target in the scenario or config`);
        if (declared) {
            if (declared.includes('{port}'))
                throw new UsageError(`${ctx.where}: target ${declared} has {port} but no service is started (--target-cmd)`);
            assertTargetAllowed(declared, ctx.allowHosts);
        }
        planLevels(scenario); // the safety cap is a usage error before anything starts
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
        };
    },
    async measure(p, ctx) {
        const { runLoadProbe } = await import("./load-probe.js");
        return runLoadProbe({ ...p, signal: ctx.signal, events: rampProgress(ctx.progress, unitOf(p.scenario.mode)), onPartial: ctx.partial, log: ctx.log });
    },
    errorBlock(p, message, partial) {
        const base = partial ?? {
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
        extra: (p) => p.scenario.headroom !== undefined
            ? [{ where: '--headroom', defs: [{ id: 'headroom', metric: 'headroom', expression: `value>=${p.scenario.headroom}`, level: 'fail' }] }]
            : [],
    },
    metrics: { catalog: LOAD_CATALOG, lookup: (b) => withK6Metrics(loadMetricLookup(b), b) },
    comparables: loadComparables,
    report: loadReport,
};
