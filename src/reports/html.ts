// The HTML report: one self-contained file (ECharts inlined, data embedded, no network at
// view time) rendered from result.json alone. Sections come in the same order as in the
// Markdown; each chart block becomes an ECharts option the page draws on load.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ChartBlock, Section } from '../core/report-model.ts';
import type { ResultEnvelope as Result } from '../core/result.ts';
import { echartsOption, esc, htmlSection } from './blocks.ts';
import { VERDICT_WORD } from './envelope.ts';
import { orderedSections } from './markdown.ts';
import type { ReportExtras } from './extras.ts';
import { PAGE_CSS, PAGE_SCRIPT } from './html-page.ts';
import { redactText } from '../lib/redact.ts';

const require = createRequire(import.meta.url);
let echartsSource: Promise<string> | undefined;
function echarts(): Promise<string> {
  echartsSource ??= readFile(require.resolve('echarts/dist/echarts.min.js'), 'utf8');
  return echartsSource;
}

/** JSON safe to embed inside <script>: no "</script>" can close the tag early. */
function embedJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Where the ECharts library goes. Data in the page is escaped (esc, embedJson), so this tag can
 * only come from the template below. */
const LIBRARY = '<script data-shipgate-library></script>';

/** The page, redacted: every part that can carry data goes through the redactor; the inlined
 * ECharts library (1 MB of code, no secrets) is added after, which saves the redactor's ~0.1 s
 * pass over it on every run. */
export async function renderHtml(r: Result, probeSections: readonly Section[], extras: ReportExtras = {}): Promise<string> {
  const sections = orderedSections(r, probeSections);
  const charts = sections.flatMap((s) => s.blocks.filter((b): b is ChartBlock => b.kind === 'chart')).map((c) => ({ el: c.id, option: echartsOption(c) }));
  const title = `shipgate ${r.command ?? 'run'}: ${VERDICT_WORD[r.verdict]}`;
  const so = extras.signoff;
  const signoff = so
    ? `<p class="signoff">Signed off by <b>${esc(so.by)}</b> at ${esc(so.at)} for verdict <b>${esc(so.verdict)}</b>${so.commit ? ` at commit <code>${esc(so.commit.slice(0, 12))}</code>` : ''}${so.override ? ` — <b>override:</b> ${esc(so.override)}` : ''}${so.note ? ` — ${esc(so.note)}` : ''}</p>`
    : '';
  const tamper = extras.tampered ? `<p class="tampered">⚠ result.json changed after sign-off: ${esc(extras.tampered)}</p>` : '';
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${PAGE_CSS}</style></head>
<body>
<header class="verdict ${r.verdict}"><h1>${esc(title)}</h1>
<p>${esc(r.command ?? 'run')} · ${esc(r.startedAt)} → ${esc(r.finishedAt)}${r.interrupted ? ' · <b>interrupted</b>' : ''} · shipgate ${esc(r.tool.version)}</p>
${r.message ? `<p>${esc(r.message)}</p>` : ''}${signoff}${tamper}</header>
<main>
${sections.map(htmlSection).join('\n')}
</main>
${LIBRARY}
<script type="application/json" id="shipgate-charts">${embedJson(charts)}</script>
<script>${PAGE_SCRIPT}</script>
</body></html>
`;
  const library = await echarts();
  // A function, not a string: `$` sequences in the library must not act as replacement patterns.
  return redactText(page).replace(LIBRARY, () => `<script>${library}</script>`);
}
