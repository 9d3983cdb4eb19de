// Markdown summary for PR comments and the GitHub job summary: verdict, failures first,
// then each probe's table. Rendered from result.json alone.
import type { GateResult } from '../core/result.ts';
import type { LoadProbe } from '../probes/load/block.ts';
import type { Result } from '../runner/result.ts';
import { migrateSection } from './markdown-migrate.ts';
import { webSection } from './markdown-web.ts';
import type { ReportExtras } from './html/section.ts';
import { BASELINE_HEAD, baselineRows } from './baseline-rows.ts';
import { k6Markdown } from './markdown-k6.ts';
import { auditSection } from './markdown-audit.ts';
import { OUTCOME_MARK, OUTCOME_ORDER, VERDICT_WORD, errorBreakdown, escape, int, ms, percent } from './format.ts';

export function renderMarkdown(r: Result, extras: ReportExtras = {}): string {
  const out: string[] = [];
  out.push(`# shipgate: ${VERDICT_WORD[r.verdict]}`, '');
  if (extras.tampered) out.push(`> ⚠️ **${extras.tampered}**`, '');
  const so = extras.signoff;
  if (so) {
    out.push(
      `**Signed off** by ${so.by} at ${so.at} for verdict **${so.verdict}**${so.commit ? ` at commit \`${so.commit.slice(0, 12)}\`` : ''}${so.override ? ` — override: ${so.override}` : ''}${so.note ? ` — ${so.note}` : ''}`,
      '',
    );
  }
  const when = `${r.startedAt} → ${r.finishedAt}`;
  out.push(`*${r.command ?? 'run'}* · ${when}${r.interrupted ? ' · **interrupted**' : ''} · shipgate ${r.tool.version}`, '');
  if (r.message) out.push(`> ${r.message}`, '');
  for (const [name, p] of Object.entries(r.probes)) {
    const s = p as { status?: string; message?: string } | undefined;
    if (s?.status === 'error') out.push(`> 💥 **${name}** could not measure: ${s.message ?? 'unknown error'}`, '');
  }
  out.push(...gatesTable(r.gates));
  if (r.probes.load) out.push(...loadSection(r.probes.load), ...k6Markdown(r.probes.load.k6));
  if (r.probes.migrate) out.push(...migrateSection(r.probes.migrate));
  if (r.probes.web) out.push(...webSection(r.probes.web));
  if (r.baseline?.missing) out.push('## Compared with the baseline', '', `> ⚠️ ${r.baseline.message ?? `${r.baseline.source} does not exist: nothing was compared`}`, '');
  else if (r.baseline) {
    out.push(`## Compared with the baseline (${r.baseline.baselineStartedAt ?? r.baseline.source})`, '');
    out.push(`| ${BASELINE_HEAD.join(' | ')} |`, `|${BASELINE_HEAD.map(() => '---').join('|')}|`);
    for (const row of baselineRows(r.baseline)) out.push(`| ${row.map(escape).join(' | ')} |`);
    out.push('');
  }
  if (r.probes.audit) out.push(...auditSection(r.probes.audit));
  return out.join('\n') + '\n';
}

function gatesTable(gates: GateResult[]): string[] {
  if (gates.length === 0) return ['No gates were judged.', ''];
  const sorted = [...gates].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
  const lines = ['## Gates', '', '| | gate | expression | actual | level | where | detail |', '|---|---|---|---|---|---|---|'];
  for (const g of sorted) {
    lines.push(
      `| ${OUTCOME_MARK[g.outcome]} ${g.outcome} | \`${g.id}\` | \`${g.metric} ${g.expression}\` | ${g.actual ?? '–'} | ${g.level} | ${g.at ?? ''} | ${escape(g.message)} |`,
    );
  }
  return [...lines, ''];
}

export function loadSection(l: LoadProbe): string[] {
  const unit = l.mode === 'rate' ? 'req/s offered' : 'connections';
  const bp = l.breakingPoint;
  const lines = [`## Load ramp (${l.mode}) against ${l.target}`, ''];
  lines.push(
    bp.found
      ? `**Breaking point:** between ${bp.lastGood ?? '(none good)'} and ${bp.firstBad} ${unit} — ${escape(bp.reason)}`
      : `**No breaking point found:** ${escape(bp.reason)}`,
    '',
  );
  lines.push(`| ${unit} | phase | requests | req/s | p50 | p90 | p95 | p99 | max | errors | breakdown | |`);
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
  for (const s of [...l.steps].sort((a, b) => a.level - b.level)) {
    const flag = (s.breaks ?? []).length ? `❌ ${s.breaks!.join('; ')}` : s.trusted === false ? `⚠️ ${s.untrustedReason ?? ''}` : '✅';
    lines.push(
      `| ${s.level} | ${s.phase ?? ''} | ${int(s.requests)} | ${int(s.rps)} | ${ms(s.latencyMs.p50)} | ${ms(s.latencyMs.p90)} | ${ms(s.latencyMs.p95)} | ${ms(s.latencyMs.p99)} | ${ms(s.latencyMs.max)} | ${percent(s.errorRate)} | ${errorBreakdown(s.errors)} | ${escape(flag)} |`,
    );
  }
  if (l.usl) {
    const u = l.usl;
    lines.push(
      '',
      u.quality === 'insufficient'
        ? `**Scalability model (USL):** ${u.note}`
        : `**Scalability model (USL, ${u.quality}):** σ ${u.sigma?.toPrecision(3)}, κ ${u.kappa?.toPrecision(3)}, R² ${u.r2?.toFixed(3)} — ${u.peakConcurrency === null ? 'no finite peak' : `peak ${Math.round(u.peakThroughput ?? 0)} req/s at ${Math.round(u.peakConcurrency)} connections`}`,
    );
  }
  const p = l.projection;
  if (p) {
    lines.push('', `**Growth (${p.factor}× today's ${p.current}):** ${p.firstToBreak ? `${p.firstToBreak.name} breaks first, at ${p.firstToBreak.multiple}×` : 'no sampled resource rises with load'}`, '');
    lines.push(`| resource | at ${p.current} | at ${p.factor}× | limit | breaks at |`, '|---|---:|---:|---:|---:|');
    for (const r of p.resources) {
      lines.push(`| ${r.name} | ${r.atCurrent} ${r.unit} | ${r.projected} ${r.unit} | ${r.limit} ${r.unit} | ${r.breaksAtMultiple === null ? 'never' : `${r.breaksAtMultiple}×`} |`);
    }
  }
  return [...lines, ''];
}
