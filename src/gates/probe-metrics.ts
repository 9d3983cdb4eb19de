// From result.json's probe blocks to what gates read. Each probe registers its lookup here;
// a probe that ran and could not measure turns its gates into "error".
import type { Result } from '../runner/result.ts';
import type { ProbeMetrics } from './judge.ts';
import { loadMetricLookup } from '../probes/load/metrics.ts';
import { migrateMetricLookup } from '../probes/migrate/metrics.ts';
import { webMetricLookup } from '../probes/web/metrics.ts';
import { withK6Metrics } from '../probes/load/metrics-k6.ts';
import { auditMetricLookup } from '../probes/audit/metrics.ts';

export function probeMetrics(probes: Result['probes']): ProbeMetrics {
  const out: ProbeMetrics = {};
  if (probes.load) {
    out.load = probes.load.status === 'error' ? { error: probes.load.message ?? 'unknown error' } : withK6Metrics(loadMetricLookup(probes.load), probes.load);
  }
  if (probes.migrate) {
    out.migrate = probes.migrate.status === 'error' ? { error: probes.migrate.message ?? 'unknown error' } : migrateMetricLookup(probes.migrate);
  }
  // A web run keeps the pages it did measure even when another page failed.
  const web = probes.web;
  if (web && (web.status !== 'error' || web.pages?.length || web.journeys?.length)) out.web = webMetricLookup(web);
  for (const name of ['migrate', 'web', 'audit'] as const) {
    if (out[name]) continue;
    const p = probes[name] as { status?: string; message?: string } | undefined;
    if (p?.status === 'error') out[name] = { error: p.message ?? 'unknown error' };
  }
  if (probes.audit && probes.audit.status !== 'error') out.audit = auditMetricLookup(probes.audit);
  return out;
}
