import { ProbeError, UsageError, errorMessage } from "../../core/errors.js";
import { project } from "./projection.js";
import { openScratchServer, safeError } from "./scratch-server.js";
import { runSizes } from "./size-run.js";
export async function runMigrateProbe(o) {
    if (!o.migrations?.length && !o.command)
        throw new UsageError('nothing to run: pass --migrations DIR or --command "..."');
    if (o.dump && o.dataset)
        throw new UsageError('--dump and --dataset are alternatives: pass one');
    if (o.dump && o.scales.length > 1)
        throw new UsageError('--scale needs --dataset: a dump has one size');
    const scales = [...o.scales].sort((a, b) => a - b);
    const runs = [];
    let server;
    let sampleGap = 0;
    const base = () => {
        const last = runs[runs.length - 1];
        return {
            status: 'ok',
            server: server
                ? { version: server.version, kind: server.kind, where: server.where, ...(server.settings ? { settings: server.settings } : {}) }
                : { version: 'unknown' },
            source: o.dataset ? { kind: 'dataset', file: o.dataset.file } : o.dump ? { kind: 'dump', file: o.dump } : { kind: 'none' },
            dataset: last?.dataset ?? {},
            largeTableRows: o.largeTableRows,
            lockSampleIntervalMs: o.sampleIntervalMs,
            lockSampleGapMs: Math.round(sampleGap * 10) / 10,
            ...(o.command ? { command: o.command } : {}),
            migrations: last?.migrations ?? [],
            ...(runs.length > 1 ? { runs } : {}),
        };
    };
    try {
        server = await openScratchServer({ ...(o.scratchUrl ? { scratchUrl: o.scratchUrl } : {}), ...(o.signal ? { signal: o.signal } : {}) });
        o.events?.server?.(server.version, server.where);
        const done = await runSizes(server, scales, o, (gap) => (sampleGap = Math.max(sampleGap, gap)), (partial) => {
            runs.splice(0, runs.length, ...partial);
            o.onPartial?.({ ...base(), status: 'error', message: 'interrupted' });
        });
        runs.splice(0, runs.length, ...done);
        const result = base();
        if (runs.length > 1 || Object.keys(o.prodRows).length) {
            const p = project(runs, o.prodRows);
            if (p)
                result.projection = p;
        }
        return result;
    }
    catch (err) {
        if (err instanceof UsageError)
            throw err;
        const secrets = o.scratchUrl ? [decodeURIComponent(safeUrlPassword(o.scratchUrl))] : [];
        const message = o.signal?.aborted
            ? `stopped before the migrations finished: ${errorMessage(o.signal.reason)}`
            : err instanceof ProbeError
                ? safeError(err, secrets)
                : `unexpected failure: ${safeError(err, secrets)}`;
        return { ...base(), status: 'error', message };
    }
    finally {
        await server?.close().catch((e) => o.log?.(`warning: cleaning up the scratch server: ${safeError(e)}`));
    }
}
function safeUrlPassword(url) {
    try {
        return new URL(url).password;
    }
    catch {
        return '';
    }
}
