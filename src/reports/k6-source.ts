// Where an ingested run's numbers came from (a k6 summary), for both renderers: k6's own
// threshold verdicts, failed first, and the notes ingest made about what it could not map.
import type { K6Source } from '../probes/load/block.ts';

export function k6Lines(k: K6Source): { heading: string; thresholds: string[]; notes: string[] } {
  const failed = k.thresholds.filter((t) => !t.ok).length;
  const runners = k.runners > 1 ? `${k.runners} runner summaries merged` : 'one summary';
  const heading = `k6 ${k.format} (${runners}; ${k.files.join(', ')}): ${k.thresholds.length - failed}/${k.thresholds.length} k6 thresholds ok`;
  const sorted = [...k.thresholds].sort((a, b) => Number(a.ok) - Number(b.ok));
  const thresholds = sorted.map((t) => `${t.ok ? 'ok    ' : 'FAILED'} ${t.metric} ${t.expression}${t.runner ? ` (runner ${t.runner})` : ''}`);
  return { heading, thresholds, notes: k.notes ?? [] };
}
