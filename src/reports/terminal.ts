// The short terminal summary every measuring command prints before it exits.
import Table from 'cli-table3';
import type { LoadProbe } from '../probes/load/block.ts';
import type { Result } from '../runner/result.ts';
import { migrateTable } from './terminal-migrate.ts';
import { webTables } from './terminal-web.ts';
import { k6Terminal } from './terminal-k6.ts';
import { auditTerminal } from './terminal-audit.ts';
import { OUTCOME_MARK, OUTCOME_ORDER, VERDICT_WORD, stepCells } from './format.ts';

export function loadTable(l: LoadProbe): string {
  const t = new Table({
    head: [l.mode === 'rate' ? 'req/s offered' : 'conns', 'requests', 'req/s', 'p50', 'p95', 'p99', 'max', 'errors', 'breakdown', ''],
    style: { head: [], border: [] },
  });
  for (const s of [...l.steps].sort((a, b) => a.level - b.level)) {
    const flag = (s.breaks ?? []).length ? 'BREAKS' : s.trusted === false ? 'untrusted' : 'ok';
    t.push([...stepCells(s, (p) => ` (${p})`), flag]);
  }
  const bp = l.breakingPoint;
  const unit = l.mode === 'rate' ? 'req/s' : 'connections';
  const line = bp.found
    ? `Breaking point: last good ${bp.lastGood ?? '–'} ${unit}, first bad ${bp.firstBad} ${unit} (${bp.reason})`
    : `No breaking point: ${bp.reason}`;
  return `${t.toString()}\n${line}`;
}

export function renderTerminal(r: Result, resultPath?: string): string {
  const out: string[] = [];
  if (r.probes.load && r.probes.load.steps.length) out.push(loadTable(r.probes.load));
  out.push(...k6Terminal(r.probes.load?.k6));
  if (r.probes.migrate?.migrations?.length) out.push(migrateTable(r.probes.migrate));
  if (r.probes.audit) out.push(auditTerminal(r.probes.audit));
  if (r.probes.web && (r.probes.web.pages?.length || r.probes.web.journeys?.length)) out.push(webTables(r.probes.web));
  for (const [name, p] of Object.entries(r.probes)) {
    const s = p as { status?: string; message?: string } | undefined;
    if (s?.status === 'error') out.push(`${name}: could not measure: ${s.message ?? 'unknown error'}`);
  }
  const gates = [...r.gates].sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
  for (const g of gates) out.push(`${OUTCOME_MARK[g.outcome]} ${g.outcome.padEnd(12)} ${g.id}: ${g.message}${g.at ? ` [${g.at}]` : ''}`);
  out.push(`Verdict: ${VERDICT_WORD[r.verdict]}${r.interrupted ? ' (interrupted)' : ''}`);
  if (resultPath) out.push(`Result: ${resultPath}`);
  return out.join('\n');
}
