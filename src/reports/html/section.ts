// What a probe's part of the HTML report is made of.

export interface ChartSpec {
  /** id of the <div> the chart draws into. */
  el: string;
  /** An ECharts option object (plain data: it is embedded as JSON). */
  option: Record<string, unknown>;
}

export interface HtmlSection {
  id: string;
  title: string;
  html: string;
  charts?: ChartSpec[];
}

export interface SignoffInfo {
  by: string;
  at: string;
  verdict: string;
  commit?: string;
  note?: string;
  override?: string;
}

export interface ReportExtras {
  signoff?: SignoffInfo;
  /** Set when result.json no longer matches the signed hash. */
  tampered?: string;
}

export function esc(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function chartDiv(id: string, height = 320): string {
  return `<div class="chart" id="${id}" style="height:${height}px"></div>`;
}

export function table(head: string[], rows: (string | number)[][], cls = ''): string {
  return `<table class="${cls}"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${typeof c === 'number' ? c : c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}
