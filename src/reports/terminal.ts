// The short terminal summary every measuring command prints before it exits: each probe's
// tables and headline, the gates (failures first) and the verdict.
import type { Section } from '../core/report-model.ts';
import type { ResultEnvelope as Result } from '../core/result.ts';
import { terminalSection } from './blocks.ts';
import { OUTCOME_MARK, VERDICT_WORD, probeErrors, sortedGates } from './envelope.ts';

export function renderTerminal(r: Result, sections: readonly Section[], resultPath?: string, o: { gates?: 'all' | 'failed' } = {}): string {
  const out: string[] = [];
  for (const s of sections) out.push(...terminalSection(s));
  if (r.baseline?.missing) out.push(r.baseline.message ?? `${r.baseline.source} does not exist: nothing was compared`);
  for (const e of probeErrors(r.probes)) out.push(`${e.name}: could not measure: ${e.message}`);
  for (const g of sortedGates(r.gates)) {
    if (o.gates === 'failed' && g.outcome === 'pass') continue;
    out.push(`${OUTCOME_MARK[g.outcome]} ${g.outcome.padEnd(12)} ${g.id}: ${g.message}${g.at ? ` [${g.at}]` : ''}`);
  }
  out.push(`Verdict: ${VERDICT_WORD[r.verdict]}${r.interrupted ? ' (interrupted)' : ''}`);
  if (resultPath) out.push(`Result: ${resultPath}`);
  return out.join('\n');
}
