// Web gates fan out after measuring: one gate per page (and device) it applies to, so the
// report shows "desktop-js on /heavy.html" next to "desktop-js on /" instead of one merged
// line. A gate that applies to nothing measured (a desktop budget on a --device mobile run,
// a journey metric no journey defines) stays whole and is judged "not measured" (fail closed),
// unless it is optional: then it is dropped and named in `skipped`.
import type { WebProbe } from './block.ts';
import type { GateSpec } from '../../core/metric.ts';
import { formatMetricName, parseMetricName } from '../../lib/metric-name.ts';
import { pageMatches } from './metrics.ts';
import { urlPath } from '../../lib/url-path.ts';

export function expandWebGates(gates: GateSpec[], probe: WebProbe | undefined): { gates: GateSpec[]; skipped: GateSpec[] } {
  // Nothing measured at all: keep the gates whole; the lookup answers each with the probe's error.
  if (!probe || (probe.status === 'error' && !probe.pages?.length && !probe.journeys?.length)) return { gates, skipped: [] };
  const out: GateSpec[] = [];
  const skipped: GateSpec[] = [];
  for (const g of gates) {
    if (g.probe !== 'web') {
      out.push(g);
      continue;
    }
    const name = parseMetricName(g.metric);
    if (name.base.startsWith('journey.')) {
      const metric = name.base.slice('journey.'.length);
      const applies = (probe.journeys ?? []).some((j) => (!name.tags.journey || j.name === name.tags.journey) && (j.status === 'error' || metric in j.metrics));
      (applies || !g.optional ? out : skipped).push(g);
      continue;
    }
    const pages = (probe.pages ?? []).filter((p) => pageMatches(p, name.tags));
    if (!pages.length) (g.optional ? skipped : out).push(g);
    for (const p of pages) {
      const path = urlPath(p.url);
      out.push({
        ...g,
        id: name.tags.device ? `${g.id} ${path}` : `${g.id} ${p.device} ${path}`,
        metric: formatMetricName({ base: name.base, tags: { ...name.tags, device: p.device, url: `${path}$` } }),
      });
    }
  }
  return { gates: out, skipped };
}
