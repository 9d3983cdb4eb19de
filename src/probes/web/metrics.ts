// The web probe's metrics as gates read them. Page metrics take tags: device, url (a
// budget.json path pattern: prefix match, `*` wildcard, `$` end) and, for resource_kb /
// resource_count, type. When several pages match, the worst (largest) value is judged, so a
// gate can never pass on the good page while another breaks it. Journey metrics
// (`journey.<name>`) read p50 (med) and p95 over the journey's runs.
import type { MetricSpread, WebJourney, WebPage, WebProbe } from './block.ts';
import type { Aggregation, MetricLookup, MetricValue } from '../../core/metric.ts';
import { parseMetricName } from '../../lib/metric-name.ts';
import { percentile } from './spread.ts';
import { urlPath } from '../../lib/url-path.ts';

const KB = 1024;
const TIMINGS = new Set(['lcp', 'fcp', 'tbt', 'cls', 'speed_index', 'tti']);
const RESOURCE_BYTES: Record<string, string> = { total: 'total_bytes', 'third-party': 'third_party_bytes' };
const RESOURCE_COUNT: Record<string, string> = { total: 'requests', 'third-party': 'third_party_requests' };
export const PAGE_TAGS = ['device', 'url', 'type'];

/** Which stored metric (and scale) a gate metric reads, or why it cannot. */
export function storedMetric(base: string, tags: Record<string, string>): { key: string; scale: number } | { missing: string } {
  if (TIMINGS.has(base) || base === 'requests') return { key: base, scale: 1 };
  if (base === 'js_kb') return { key: 'js_bytes', scale: 1 / KB };
  if (base === 'total_kb') return { key: 'total_bytes', scale: 1 / KB };
  if (base === 'third_party_kb') return { key: 'third_party_bytes', scale: 1 / KB };
  if (base === 'fmp') return { missing: 'Lighthouse 12 no longer reports first-meaningful-paint; use fcp or lcp' };
  if (base === 'resource_kb' || base === 'resource_count') {
    const t = tags.type;
    if (!t) return { missing: `${base} needs a resource type, e.g. ${base}{type:script}` };
    const table = base === 'resource_kb' ? RESOURCE_BYTES : RESOURCE_COUNT;
    return { key: table[t] ?? `${base === 'resource_kb' ? 'bytes' : 'requests'}:${t}`, scale: base === 'resource_kb' ? 1 / KB : 1 };
  }
  return { missing: `unknown web metric ${base}` };
}

export function urlPatternMatches(pattern: string, url: string): boolean {
  const path = urlPath(url);
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`).test(path);
}

export function pageMatches(page: Pick<WebPage, 'url' | 'device'>, tags: Record<string, string>): boolean {
  if (tags.device && tags.device !== page.device) return false;
  if (tags.url && !urlPatternMatches(tags.url, page.url)) return false;
  return true;
}

export function readSpread(s: MetricSpread, a: Aggregation, scale = 1): number | undefined {
  const values = s.values.filter((v): v is number => v !== null);
  const raw = ((): number | undefined => {
    switch (a.kind) {
      case 'med':
        return s.median;
      case 'min':
        return s.min;
      case 'max':
        return s.max;
      case 'avg':
        return values.length ? values.reduce((x, y) => x + y, 0) / values.length : undefined;
      case 'percentile':
        return a.p === 95 && s.p95 !== undefined ? s.p95 : values.length ? percentile(values, a.p) : undefined;
      default:
        return undefined;
    }
  })();
  return raw === undefined ? undefined : raw * scale;
}

export function webMetricLookup(probe: WebProbe): MetricLookup {
  // The probe judges partial blocks (pages measured before another failed); one that measured
  // nothing answers every metric with why.
  const nothing = probe.status === 'error' && !probe.pages?.length && !probe.journeys?.length;
  return (metric) => {
    if (nothing) return { missing: `the web probe could not measure: ${probe.message ?? 'unknown error'}` };
    const { base, tags } = parseMetricName(metric);
    if (base.startsWith('journey.')) return journeyMetric(probe.journeys ?? [], base.slice('journey.'.length), tags);
    const unknownTag = Object.keys(tags).find((t) => !PAGE_TAGS.includes(t));
    if (unknownTag) return { missing: `unknown tag "${unknownTag}" in ${metric}; page metrics take ${PAGE_TAGS.join(', ')}` };
    const stored = storedMetric(base, tags);
    if ('missing' in stored) return stored;
    const pages = (probe.pages ?? []).filter((p) => pageMatches(p, tags));
    if (!pages.length) return { missing: `no measured page matches ${metric}` };
    const spreads = pages.map((p) => ({ page: p, spread: p.metrics[stored.key] ?? absentType(p, stored.key) }));
    const broken = spreads.find((s) => s.page.status === 'error' || !s.spread);
    if (broken) return { missing: `${broken.page.device} ${broken.page.url}: ${broken.page.message ?? `${stored.key} was not reported`}` };
    // Sizes are gated in KB; `at` also names the exact bytes measured (median run).
    const bytes = (m: MetricSpread) => (stored.key.includes('bytes') ? ` (${Math.round(m.median).toLocaleString('en-US')} bytes)` : '');
    return worstOf(
      spreads.map((s) => ({ spread: s.spread!, at: `${s.page.device} ${s.page.url}${bytes(s.spread!)}` })),
      stored.scale,
    );
  };
}

/** A resource type the page never requested was left out of result.json: it is 0 bytes, 0 requests. */
function absentType(p: WebPage, key: string): MetricSpread | undefined {
  const requests = p.metrics.requests;
  if (!requests || !/^(bytes|requests):/.test(key)) return undefined;
  return { median: 0, min: 0, max: 0, values: requests.values.map((v) => (v === null ? null : 0)) };
}

function journeyMetric(journeys: WebJourney[], name: string, tags: Record<string, string>): MetricValue | { missing: string } {
  const matching = journeys.filter((j) => (!tags.journey || j.name === tags.journey) && (j.status === 'error' || name in j.metrics));
  if (!matching.length) return { missing: `no journey measured ${name}` };
  const broken = matching.find((j) => j.status === 'error');
  if (broken) return { missing: `journey ${broken.name}: ${broken.message ?? 'failed'}` };
  return worstOf(
    matching.map((j) => ({ spread: j.metrics[name]!, at: `journey ${j.name} (${j.runs} run${j.runs === 1 ? '' : 's'})` })),
    1,
  );
}

function worstOf(items: { spread: MetricSpread; at: string }[], scale: number): MetricValue {
  // The judge reads `at` before the value, so name the page that is worst by its median.
  const byMedian = [...items].sort((a, b) => b.spread.median - a.spread.median);
  const at = items.length === 1 ? items[0]!.at : `worst of ${items.length}: ${byMedian[0]!.at}`;
  return {
    type: 'trend',
    trusted: true,
    at,
    read(a) {
      const values = items.map((it) => readSpread(it.spread, a, scale));
      if (values.some((v) => v === undefined)) return undefined;
      return Math.max(...(values as number[]));
    },
  };
}
