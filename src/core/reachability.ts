// Before any load: one request, bounded in time, so an unreachable target is a probe error
// (exit 3) with a one-line reason rather than a ramp of connection errors.
import { request } from 'undici';
import { ProbeError } from './errors.ts';
import { redactUrl } from './allow-host.ts';

/** The one request the check sends (a probe's first request, or a page). */
export interface ReachabilityRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export async function checkReachable(target: string, req: ReachabilityRequest, timeoutMs: number, signal?: AbortSignal): Promise<void> {
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
  } catch (err) {
    const e = err as { code?: string; name?: string; message?: string };
    const why =
      e.name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : e.code?.startsWith('HPE_')
          ? `it answered with something that is not HTTP (${e.code})`
          : (e.code ?? e.message ?? String(err));
    throw new ProbeError(`target ${redactUrl(target)} is unreachable: ${why}`);
  }
}
