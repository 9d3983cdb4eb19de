// Before any load: one request, bounded in time, so an unreachable target is a probe error
// (exit 3) with a one-line reason rather than a ramp of connection errors.
import { request } from 'undici';
import { ProbeError } from "./errors.js";
import { redactUrl } from "./allow-host.js";
export async function checkReachable(target, req, timeoutMs, signal) {
    const url = new URL(req.path, target);
    const signals = [AbortSignal.timeout(timeoutMs), ...(signal ? [signal] : [])];
    try {
        const res = await request(url, {
            method: req.method,
            headers: req.headers,
            ...(req.body !== undefined ? { body: req.body } : {}),
            signal: AbortSignal.any(signals),
        });
        await res.body.dump();
    }
    catch (err) {
        const e = err;
        const why = e.name === 'TimeoutError'
            ? `no answer within ${timeoutMs} ms`
            : e.code?.startsWith('HPE_')
                ? `it answered with something that is not HTTP (${e.code})`
                : (e.code ?? e.message ?? String(err));
        throw new ProbeError(`target ${redactUrl(target)} is unreachable: ${why}`);
    }
}
