// The web probe's work as progress tasks: a task per journey and per page×device, a line per
// finished run ("[3/10] lighthouse desktop /heavy.html run 1/5 (2.3 s)"), and what each
// measured when it ends.
import type { Progress, ProgressTask } from '../../core/progress.ts';
import { bytes, ms, round } from '../../lib/format.ts';
import { urlPath } from '../../lib/url-path.ts';
import type { WebJourney, WebPage } from './block.ts';
import type { WebPrepared } from './prepare.ts';
import type { WebEvents } from './web-probe.ts';

function totals(p: WebPrepared): { pageRuns: number; journeyRuns: number } {
  return { pageRuns: p.planned.reduce((n, x) => n + x.runs, 0), journeyRuns: p.journeys.length * p.config.journeyRuns };
}

/** What a web run will do: "4 page×device (10 Lighthouse runs), 1 journey(s) × 5 runs". */
export function planText(p: WebPrepared): string {
  const { pageRuns } = totals(p);
  const journeys = p.journeys.length ? `, ${p.journeys.length} journey(s) × ${p.config.journeyRuns} runs` : '';
  return `${p.planned.length} page×device (${pageRuns} Lighthouse runs)${journeys}`;
}

export function webProgress(progress: Progress, p: WebPrepared): WebEvents {
  const t = totals(p);
  const all = t.pageRuns + t.journeyRuns;
  let done = 0;
  let task: ProgressTask | undefined;
  const run = (text: string, at: number, of: number) => {
    done++;
    task?.update(at, of, text);
    task?.log(`[${done}/${all}] ${text}`);
  };
  const finish = (summary: string) => {
    task?.done(summary);
    task = undefined;
  };
  return {
    browser(b) {
      progress.line(`web: Chromium ${b.path} (${b.source})`);
    },
    journeyStart(name) {
      task = progress.task(`journey ${name}`);
    },
    journeyRun(name, at, runs, ok) {
      run(`journey ${name} run ${at}/${runs}${ok ? '' : ' FAILED'}`, at, runs);
    },
    journeyDone(j) {
      finish(journeyLine(j));
    },
    pageStart(url, device, _runs, index, total) {
      task = progress.task(`lighthouse ${device} ${urlPath(url)}${total > 1 ? ` (${index + 1}/${total})` : ''}`);
    },
    pageRun(url, device, at, runs, took) {
      run(`lighthouse ${device} ${urlPath(url)} run ${at}/${runs} (${(took / 1000).toFixed(1)} s)`, at, runs);
    },
    pageDone(page) {
      finish(pageLine(page));
    },
  };
}

export function pageLine(p: WebPage): string {
  if (p.status === 'error') return `could not measure: ${p.message ?? 'failed'}`;
  const m = p.metrics;
  const parts = [
    m.lcp && `LCP ${ms(m.lcp.median)}`,
    m.tbt && `TBT ${ms(m.tbt.median)}`,
    m.cls && `CLS ${round(m.cls.median)}`,
    m.js_bytes && `JS ${bytes(m.js_bytes.median)}`,
  ].filter(Boolean);
  return `${parts.join(', ')} (median of ${p.runs} run${p.runs === 1 ? '' : 's'})`;
}

export function journeyLine(j: WebJourney): string {
  if (j.status === 'error') return `FAILED: ${j.message ?? 'failed'}`;
  const parts = Object.entries(j.metrics).map(([name, s]) => `${name} p50 ${ms(s.median)}, p95 ${ms(s.p95 ?? s.max)}`);
  return parts.length ? parts.join('; ') : `${j.runs} runs`;
}
