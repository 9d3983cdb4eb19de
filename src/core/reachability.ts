// Before any load: one request, bounded in time, so an unreachable target is a probe error
// (exit 3) with a one-line reason rather than a ramp of connection errors. node's own HTTP
// client, loaded when needed: the load engine does not use undici, and a ramp that loaded it
// for this one request spent ~0.17 s of CPU on it. node's parser is llhttp, as the engine's
// error names are: a reply that is not HTTP is HPE_INVALID_CONSTANT here too.
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
  const timeout = AbortSignal.timeout(timeoutMs);
  const { request } = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  try {
    await new Promise<void>((resolve, reject) => {
      const r = request(
        url,
        // A connection of its own (no keep-alive agent): nothing of the check outlives it.
        { method: req.method, headers: req.headers, agent: false, signal: AbortSignal.any([timeout, ...(signal ? [signal] : [])]) },
        (res) => {
          res.on('error', reject);
          res.on('end', resolve);
          res.resume();
        },
      );
      r.on('error', reject);
      r.end(req.body);
    });
  } catch (err) {
    const e = err as { code?: string; message?: string };
    const why = timeout.aborted
      ? `no answer within ${timeoutMs} ms`
      : e.code?.startsWith('HPE_')
        ? `it answered with something that is not HTTP (${e.code})`
        : (e.code ?? e.message ?? String(err));
    throw new ProbeError(`target ${redactUrl(target)} is unreachable: ${why}`);
  }
}
