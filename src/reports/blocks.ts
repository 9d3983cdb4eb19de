// Each kind of report block rendered once per format: terminal, Markdown and HTML draw what
// probes describe, with one number formatter. A chart is an ECharts option in HTML, and a
// pointer to report.html elsewhere.
import Table from 'cli-table3';
import type { Block, Cell, ChartBlock, Column, Section, Tone } from '../core/report-model.ts';
import { formatValue } from '../lib/format.ts';

export function cellText(c: Cell, col: Column | undefined): string {
  if (c === null || c === undefined) return '–';
  if (typeof c === 'number') return formatValue(c, col?.unit ?? 'number');
  if (typeof c === 'string') return c;
  return c.icon ? `${c.icon} ${c.text}` : c.text;
}

const numeric = (col: Column) => col.unit !== 'text';

// ---------- terminal ----------

export function terminalSection(s: Section): string[] {
  const out: string[] = [];
  for (const b of s.blocks) {
    if (b.kind === 'table' && b.rows.length) {
      const keep = b.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.terminal !== false);
      if (!keep.length) continue; // a table for the written reports only
      const t = new Table({ head: keep.map(({ c }) => c.label), style: { head: [], border: [] } });
      const rows = b.terminalRows !== undefined ? b.rows.slice(0, b.terminalRows) : b.rows;
      for (const r of rows) t.push(keep.map(({ c, i }) => cellText(r[i] ?? null, c)));
      if (b.title) out.push(b.title);
      out.push(t.toString());
      if (rows.length < b.rows.length) out.push(`… ${b.rows.length - rows.length} more in report.md`);
    } else if (b.kind === 'note' && b.terminal) {
      out.push(`${b.tone === 'warn' ? '⚠️  ' : b.tone === 'bad' ? '❌ ' : ''}${b.text}`);
    }
  }
  if (s.headline) out.push(s.headline.text);
  return out;
}

// ---------- Markdown ----------

/** A Markdown table cell: pipes escaped, on one line. */
export function mdEscape(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

const MD_TONE: Record<Tone, string> = { good: '✅ ', warn: '⚠️ ', bad: '❌ ', muted: '' };

/** Only web links are links: a report must not carry a javascript: URL from an input file. */
function safeHref(href: string | undefined): string | undefined {
  return href && /^https?:\/\/[^\s]+$/i.test(href) ? href : undefined;
}

function mdCell(c: Cell, col: Column): string {
  const text = mdEscape(cellText(c, col));
  if (c && typeof c === 'object') {
    const inner = c.code ? `\`${text}\`` : text;
    const href = safeHref(c.href);
    // Characters that would end the link or the table row are percent-encoded.
    const linked = href ? `[${inner}](${href.replace(/[()|<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)})` : inner;
    // A cell with its own icon carries it in its text; otherwise the tone gives the mark.
    return `${c.tone && !c.icon ? MD_TONE[c.tone] : ''}${linked}`;
  }
  return text;
}

export function markdownBlock(b: Block): string[] {
  switch (b.kind) {
    case 'table': {
      const head = b.title ? [`**${mdEscape(b.title)}**`, ''] : [];
      if (!b.rows.length) return [...head, b.empty ?? '(none)', ''];
      return [
        ...head,
        `| ${b.columns.map((c) => mdEscape(c.label)).join(' | ')} |`,
        `|${b.columns.map((c) => (numeric(c) ? '---:' : '---')).join('|')}|`,
        ...b.rows.map((r) => `| ${b.columns.map((c, i) => mdCell(r[i] ?? null, c)).join(' | ')} |`),
        '',
      ];
    }
    case 'note':
      return [b.tone === 'bad' || b.tone === 'warn' ? `> ${MD_TONE[b.tone]}${b.text}` : `_${b.text}_`, ''];
    case 'facts':
      return [
        ...(b.title ? [`**${mdEscape(b.title)}**`, ''] : []),
        ...b.items.map((i) => `- ${i.label}: ${cellText(i.value, { label: i.label, unit: i.unit ?? 'text' })}`),
        '',
      ];
    case 'chart':
      return [];
  }
}

export function markdownSection(s: Section, level = 2): string[] {
  const out = [`${'#'.repeat(level)} ${s.title}`, ''];
  if (s.headline) out.push(s.headline.tone === 'bad' ? `**${s.headline.text}**` : s.headline.text, '');
  for (const b of s.blocks) out.push(...markdownBlock(b));
  return out;
}

// ---------- HTML ----------

export function esc(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const HTML_TONE: Record<Tone, string> = { good: 'o-pass', warn: 'o-warn', bad: 'o-fail', muted: 'note' };

function htmlCell(c: Cell, col: Column): string {
  const text = esc(cellText(c, col));
  if (c && typeof c === 'object') {
    const code = c.code ? `<code>${text}</code>` : text;
    const href = safeHref(c.href);
    const inner = href ? `<a href="${esc(href)}">${code}</a>` : code;
    return c.tone ? `<span class="${HTML_TONE[c.tone]}">${inner}</span>` : inner;
  }
  return text;
}

export function htmlBlock(b: Block): string {
  switch (b.kind) {
    case 'table': {
      const title = b.title ? `<h3>${esc(b.title)}</h3>` : '';
      if (!b.rows.length) return `${title}<p class="note">${esc(b.empty ?? '(none)')}</p>`;
      const th = b.columns.map((c) => `<th${numeric(c) ? ' class="num"' : ''}>${esc(c.label)}</th>`).join('');
      const rows = b.rows
        .map((r) => `<tr>${b.columns.map((c, i) => `<td${numeric(c) ? ' class="num"' : ''}>${htmlCell(r[i] ?? null, c)}</td>`).join('')}</tr>`)
        .join('');
      return `${title}<div class="scroll"><table><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table></div>`;
    }
    case 'note':
      return `<p class="${b.tone ? HTML_TONE[b.tone] : 'note'}">${esc(b.text)}</p>`;
    case 'facts':
      return `${b.title ? `<h3>${esc(b.title)}</h3>` : ''}<div class="kv">${b.items
        .map((i) => `<span>${esc(i.label)}</span><span>${htmlCell(i.value, { label: i.label, unit: i.unit ?? 'text' })}</span>`)
        .join('')}</div>`;
    case 'chart':
      return `<div class="chart" id="${esc(b.id)}" style="height:${b.height ?? 320}px"></div>`;
  }
}

export function htmlSection(s: Section): string {
  const head = s.headline ? `<p class="${s.headline.tone ? HTML_TONE[s.headline.tone] : ''}"><b>${esc(s.headline.text)}</b></p>` : '';
  return `<section id="${esc(s.id)}"><h2>${esc(s.title)}</h2>${head}${s.blocks.map(htmlBlock).join('')}</section>`;
}

const PALETTE = ['#0969da', '#8250df', '#bf8700', '#cf222e', '#1a7f37', '#6e7781', '#fa4549', '#0550ae'];
const MARK_COLOR: Record<Tone, string> = { good: '#1a7f37', warn: '#bf8700', bad: '#cf222e', muted: '#6e7781' };

/** A chart block as an ECharts option (plain data, embedded in the page as JSON). */
export function echartsOption(c: ChartBlock): Record<string, unknown> {
  const lines = (c.marks ?? []).filter((m) => m.x2 === undefined);
  const areas = (c.marks ?? []).filter((m) => m.x2 !== undefined);
  const valueAxis = (y: ChartBlock['y'][number], i: number) => ({
    type: 'value',
    name: y.name,
    ...(y.min !== undefined ? { min: y.min } : {}),
    ...(y.max !== undefined ? { max: y.max } : {}),
    ...(i > 0 ? { splitLine: { show: false } } : {}),
  });
  const category =
    c.x.type === 'category' ? { type: 'category', data: c.x.categories ?? [...new Set(c.series.flatMap((s) => s.data.map((d) => String(d[0]))))] } : undefined;
  const xAxis = category
    ? { ...category, name: c.x.name }
    : { type: c.x.type, name: c.x.name, nameLocation: 'middle', nameGap: 28, ...(c.x.type === 'value' ? { min: xMin(c) } : {}) };
  const series = c.series.map((s, i) => ({
    name: s.name,
    type: s.type,
    // A point may carry its own tone (a bar over its budget in red).
    data: s.data.map((d, j) => {
      const v = category ? d[1] : d;
      const tone = s.tones?.[j];
      return tone ? { value: v, itemStyle: { color: MARK_COLOR[tone] } } : v;
    }),
    color: s.color ?? PALETTE[i % PALETTE.length],
    ...(s.axis ? { yAxisIndex: s.axis } : {}),
    ...(s.dashed ? { lineStyle: { type: 'dashed' } } : {}),
    ...(s.smooth ? { smooth: true } : {}),
    ...(s.showSymbol === false ? { showSymbol: false } : { symbolSize: 6 }),
    ...(i === 0 && lines.length
      ? {
          markLine: {
            symbol: 'none',
            lineStyle: { type: 'dashed' },
            data: lines.map((m) => ({ xAxis: m.x, name: m.label, label: { formatter: m.label }, lineStyle: { color: MARK_COLOR[m.tone ?? 'muted'] } })),
          },
        }
      : {}),
    ...(i === 0 && areas.length
      ? { markArea: { silent: true, data: areas.map((m) => [{ xAxis: m.x, name: m.label, itemStyle: { color: 'rgba(207,34,46,0.08)' } }, { xAxis: m.x2 }]) } }
      : {}),
  }));
  const y = c.y.map(valueAxis);
  return {
    title: { text: c.title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { top: 24, type: 'scroll' },
    grid: { top: 64, left: c.horizontal ? 240 : 64, right: c.y.length > 1 ? 64 : 32, bottom: 48, containLabel: false },
    xAxis: c.horizontal ? (y.length === 1 ? y[0] : y) : xAxis,
    yAxis: c.horizontal ? { ...xAxis, inverse: true } : y.length === 1 ? y[0] : y,
    series,
  };
}

/** A value axis starts at 0, unless a point lies left of it (a spike's "before", in negative seconds). */
function xMin(c: ChartBlock): number | 'dataMin' {
  return c.series.some((s) => s.data.some((d) => typeof d[0] === 'number' && d[0] < 0)) ? 'dataMin' : 0;
}
