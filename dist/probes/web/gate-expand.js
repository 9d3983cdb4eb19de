import { formatMetricName, parseMetricName } from "../../lib/metric-name.js";
import { pageMatches } from "./metrics.js";
import { urlPath } from "../../lib/url-path.js";
export function expandWebGates(gates, probe) {
    // Nothing measured at all: keep the gates whole; the lookup answers each with the probe's error.
    if (!probe || (probe.status === 'error' && !probe.pages?.length && !probe.journeys?.length))
        return { gates, skipped: [] };
    const out = [];
    const skipped = [];
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
        if (!pages.length)
            (g.optional ? skipped : out).push(g);
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
