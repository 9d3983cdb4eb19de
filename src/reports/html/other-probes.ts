// Sections for probes without a dedicated renderer yet: their summary as data.
import type { Result } from '../../core/result-schema.ts';
import { esc, type HtmlSection, type ReportExtras } from './section.ts';

export function otherProbesSection(r: Result, _extras: ReportExtras): HtmlSection[] {
  const out: HtmlSection[] = [];
  for (const name of ['web'] as const) {
    const p = r.probes[name];
    if (!p) continue;
    out.push({ id: name, title: name, html: `<pre>${esc(JSON.stringify(p, null, 2).slice(0, 20_000))}</pre>` });
  }
  return out;
}
