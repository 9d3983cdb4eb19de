// The k6 part of the HTML report: where the numbers came from, k6's own threshold verdicts
// (failed first) and ingest's notes.
import type { K6Source } from '../../probes/load/block.ts';
import { k6Lines } from '../k6-source.ts';
import { esc, type HtmlSection } from './section.ts';

export function k6Section(k: K6Source | undefined): HtmlSection[] {
  if (!k) return [];
  const { heading, notes } = k6Lines(k);
  const rows = [...k.thresholds]
    .sort((a, b) => Number(a.ok) - Number(b.ok))
    .map((t) => `<tr><td>${t.ok ? '✅ ok' : '❌ failed'}</td><td><code>${esc(t.metric)}</code>${t.runner ? ` (runner ${t.runner})` : ''}</td><td><code>${esc(t.expression)}</code></td></tr>`)
    .join('');
  const table = rows ? `<table><thead><tr><th></th><th>metric</th><th>threshold</th></tr></thead><tbody>${rows}</tbody></table>` : '';
  const list = notes.length ? `<ul>${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : '';
  return [{ id: 'k6', title: 'k6 summary', html: `<p>${esc(heading)}</p>${table}${list}` }];
}
