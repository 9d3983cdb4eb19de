import { ProbeError, errorMessage } from "../../core/errors.js";
import { assertTargetAllowed, redactUrl } from "../../core/allow-host.js";
import { startService } from "../../core/service.js";
import { runRamp } from "./ramp.js";
import { DbSampler } from "./db-sampler.js";
import { projectGrowth, standardSeries } from "./growth-projection.js";
export async function runLoadProbe(o) {
    const s = o.scenario;
    const declared = o.target;
    let service;
    let db;
    const empty = (target, message) => ({
        status: 'error',
        message,
        mode: s.mode,
        target: redactUrl(target),
        steps: [],
        breakingPoint: { found: false, lastGood: null, firstBad: null, reason: 'not measured' },
    });
    try {
        if (o.service) {
            service = await startService(o.service);
            o.log?.(`started service (pid ${service.pid}) at ${service.url}`);
        }
        const target = declared ?? service.url;
        assertTargetAllowed(target, o.allowHosts);
        const partialSteps = [];
        const events = {
            ...o.events,
            stepEnd: (step) => {
                partialSteps.push(step);
                o.events?.stepEnd?.(step);
                o.onPartial?.({ ...empty(target, 'interrupted'), status: 'ok', steps: [...partialSteps] });
            },
        };
        const targetPid = o.targetPid ?? service?.pid;
        if (o.dbUrl) {
            db = new DbSampler(o.dbUrl);
            await db.connect().catch((err) => {
                throw new ProbeError(`cannot sample the database ${redactUrl(o.dbUrl)}: ${err.message}`);
            });
        }
        const metrics = o.metrics ? { ...o.metrics, url: o.metrics.url.replaceAll('{port}', service ? new URL(service.url).port : '') } : undefined;
        const sampling = { ...(targetPid ? { targetPid } : {}), ...(db ? { db } : {}), ...(metrics ? { metrics } : {}) };
        const result = await runRamp(s, { target, sampling, ...(o.signal ? { signal: o.signal } : {}), events });
        const current = o.current ?? s.expect;
        if (current !== undefined && result.steps.length) {
            result.projection = projectGrowth(result.steps, standardSeries(result.steps), current, o.growth ?? 10);
        }
        if (o.signal?.aborted) {
            // Stopped from outside (Ctrl-C or the run's time cap): what ran is kept, but it is
            // not a complete measurement.
            return { ...result, status: 'error', message: `stopped before the ramp finished: ${errorMessage(o.signal.reason)}` };
        }
        return result;
    }
    catch (err) {
        if (err instanceof ProbeError)
            return empty(declared ?? service?.url ?? '(service)', err.message);
        return empty(declared ?? service?.url ?? '(service)', `unexpected failure: ${errorMessage(err)}`);
    }
    finally {
        await db?.close();
        await service?.stop();
    }
}
