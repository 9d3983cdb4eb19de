// The HTML report: one self-contained file (ECharts inlined, data embedded, no network at
// view time) rendered from result.json alone. Each probe contributes a section: a fragment
// of HTML plus chart specs that the page draws on load.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Result } from '../runner/result.ts';
import { VERDICT_WORD } from './format.ts';
import { esc, type HtmlSection, type ReportExtras } from './html/section.ts';
import { gatesSection } from './html/gates.ts';
import { loadSection } from './html/load.ts';
import { k6Section } from './html/k6.ts';
import { webSection } from './html/web.ts';
import { auditHtmlSection } from './html/audit.ts';
import { migrateHtmlSection } from './html/migrate.ts';
import { baselineSection } from './html/baseline.ts';
import { PAGE_CSS, PAGE_SCRIPT } from './html/page.ts';

const require = createRequire(import.meta.url);
let echartsSource: Promise<string> | undefined;
function echarts(): Promise<string> {
  echartsSource ??= readFile(require.resolve('echarts/dist/echarts.min.js'), 'utf8');
  return echartsSource;
}

/** JSON safe to embed inside <script>: no "</script>" can close the tag early. */
function embedJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export async function renderHtml(r: Result, extras: ReportExtras = {}): Promise<string> {
  const sections: HtmlSection[] = [gatesSection(r), ...(r.probes.load ? [loadSection(r.probes.load), ...k6Section(r.probes.load.k6)] : []), ...(r.probes.migrate ? [migrateHtmlSection(r.probes.migrate)] : []), ...(r.probes.web ? [webSection(r.probes.web, r.gates)] : []), ...(r.probes.audit ? [auditHtmlSection(r.probes.audit)] : []), ...(r.baseline ? [baselineSection(r.baseline)] : [])];
  const charts = sections.flatMap((s) => s.charts ?? []);
  const title = `shipgate ${r.command ?? 'run'}: ${VERDICT_WORD[r.verdict]}`;
  const signoff = extras.signoff
    ? `<p class="signoff">Signed off by <b>${esc(extras.signoff.by)}</b> at ${esc(extras.signoff.at)} for verdict <b>${esc(extras.signoff.verdict)}</b>${extras.signoff.commit ? ` at commit <code>${esc(extras.signoff.commit.slice(0, 12))}</code>` : ''}${extras.signoff.override ? ` — <b>override:</b> ${esc(extras.signoff.override)}` : ''}${extras.signoff.note ? ` — ${esc(extras.signoff.note)}` : ''}</p>`
    : '';
  const tamper = extras.tampered ? `<p class="tampered">⚠ result.json changed after sign-off: ${esc(extras.tampered)}</p>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${PAGE_CSS}</style></head>
<body>
<header class="verdict ${r.verdict}"><h1>${esc(title)}</h1>
<p>${esc(r.command ?? 'run')} · ${esc(r.startedAt)} → ${esc(r.finishedAt)}${r.interrupted ? ' · <b>interrupted</b>' : ''} · shipgate ${esc(r.tool.version)}</p>
${r.message ? `<p>${esc(r.message)}</p>` : ''}${signoff}${tamper}</header>
<main>
${sections.map((s) => `<section id="${s.id}"><h2>${esc(s.title)}</h2>${s.html}</section>`).join('\n')}
</main>
<script>${await echarts()}</script>
<script type="application/json" id="shipgate-charts">${embedJson(charts)}</script>
<script>${PAGE_SCRIPT}</script>
</body></html>
`;
}
