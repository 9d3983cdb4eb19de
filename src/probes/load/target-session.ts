// The target of a load run, opened: the service started (when shipgate starts it), the host
// checked, the database sampler connected, the metrics URL bound to the service's port. Ramp,
// soak and spike all open their target here and close it in a finally.
import { ProbeError } from '../../core/errors.ts';
import { assertTargetAllowed, redactUrl } from '../../core/allow-host.ts';
import { startService, type RunningService, type ServiceSpec } from '../../core/service.ts';
import { DbSampler } from './db-sampler.ts';
import type { GaugeSpec } from './metrics-scraper.ts';

export interface TargetSpec {
  target?: string;
  service?: ServiceSpec;
  targetPid?: number;
  dbUrl?: string;
  metrics?: { url: string; gauges: GaugeSpec[] };
  allowHosts: readonly string[];
}

export interface OpenTarget {
  target: string;
  targetPid?: number;
  db?: DbSampler;
  metrics?: { url: string; gauges: GaugeSpec[] };
  service?: RunningService;
  close(): Promise<void>;
}

export async function openTarget(o: TargetSpec, log?: (line: string) => void): Promise<OpenTarget> {
  let service: RunningService | undefined;
  let db: DbSampler | undefined;
  const close = async () => {
    await db?.close();
    await service?.stop();
  };
  try {
    if (o.service) {
      service = await startService(o.service);
      log?.(`started service (pid ${service.pid}) at ${service.url}`);
    }
    const target = o.target ?? service!.url;
    assertTargetAllowed(target, o.allowHosts);
    if (o.dbUrl) {
      db = new DbSampler(o.dbUrl);
      await db.connect().catch((err: Error) => {
        throw new ProbeError(`cannot sample the database ${redactUrl(o.dbUrl!)}: ${err.message}`);
      });
    }
    const metrics = o.metrics ? { ...o.metrics, url: o.metrics.url.replaceAll('{port}', service ? new URL(service.url).port : '') } : undefined;
    const targetPid = o.targetPid ?? service?.pid;
    return { target, ...(targetPid ? { targetPid } : {}), ...(db ? { db } : {}), ...(metrics ? { metrics } : {}), ...(service ? { service } : {}), close };
  } catch (err) {
    await close();
    throw err;
  }
}
