// From probe blocks to a judged result, through the registry: each probe's metrics for the
// gates, its comparables for the baseline, its report sections for the renderers. Used by a
// run as it finishes, and by `shipgate report` on a saved result.json.
import type { AnyProbe } from '../core/probe.ts';
import type { Comparable, GateSpec } from '../core/metric.ts';
import type { GateResult } from '../core/result.ts';
import type { Section } from '../core/report-model.ts';
import { judgeGate, type ProbeMetrics } from '../gates/judge.ts';
import { PROBES } from './registry.ts';
import type { ProbeBlocks, Result } from './result.ts';

type AnyBlock = { status?: string; message?: string };

/** An error block is judged as a whole, unless the probe keeps and judges what it did measure. */
function judgedWhole(probe: AnyProbe, block: AnyBlock): boolean {
  if (block.status !== 'error') return false;
  const partial = probe.metrics.judgesPartial;
  return !(typeof partial === 'function' ? partial(block) : partial);
}

function registered(blocks: ProbeBlocks): { probe: AnyProbe; block: AnyBlock }[] {
  return (PROBES as readonly AnyProbe[]).flatMap((probe) => {
    const block = (blocks as Record<string, AnyBlock | undefined>)[probe.name];
    return block ? [{ probe, block }] : [];
  });
}

/** What gates read, per probe that ran; a probe that could not measure makes its gates errors. */
export function probeMetrics(blocks: ProbeBlocks): ProbeMetrics {
  const out: ProbeMetrics = {};
  for (const { probe, block } of registered(blocks)) {
    out[probe.name] = judgedWhole(probe, block) ? { error: block.message ?? 'unknown error' } : probe.metrics.lookup(block);
  }
  return out;
}

/** Judge every gate; a probe that ran and that no gate judged is said, and is not a pass. */
export function judgeAll(gates: readonly GateSpec[], blocks: ProbeBlocks): GateResult[] {
  const metrics = probeMetrics(blocks);
  const results = gates.map((g) => judgeGate(g, metrics));
  for (const { probe } of registered(blocks)) {
    if (!results.some((g) => g.probe === probe.name)) {
      results.push({
        id: `${probe.name}-judged`,
        probe: probe.name,
        metric: '(any)',
        expression: 'judged',
        actual: null,
        level: 'fail',
        outcome: 'not-measured',
        message: `no gate applies to what the ${probe.name} probe measured; add a gate for it (docs/gates.md)`,
      });
    }
  }
  return results;
}

/** What a baseline compares, over every probe (error blocks compare nothing). */
export function comparablesOf(blocks: ProbeBlocks): Comparable[] {
  return registered(blocks).flatMap(({ probe, block }) => (judgedWhole(probe, block) ? [] : probe.comparables(block)));
}

/** Every probe's report sections, in registry order, each with the gates judged on it. */
export function sectionsOf(r: Result): Section[] {
  return registered(r.probes).flatMap(({ probe, block }) =>
    probe.report(
      block,
      r.gates.filter((g) => g.probe === probe.name),
    ),
  );
}

/** Fan gates out over what was measured (web budgets per page); optional ones matching nothing drop. */
export function expandGates(gates: GateSpec[], blocks: ProbeBlocks): { gates: GateSpec[]; skipped: GateSpec[] } {
  let current = gates;
  const skipped: GateSpec[] = [];
  for (const { probe, block } of registered(blocks)) {
    if (!probe.gates.expand) continue;
    const mine = current.filter((g) => g.probe === probe.name);
    const others = current.filter((g) => g.probe !== probe.name);
    const r = probe.gates.expand(mine, block);
    current = [...others, ...r.gates];
    skipped.push(...r.skipped);
  }
  // Keep the registry's order of probes in the gate list.
  const order = new Map((PROBES as readonly AnyProbe[]).map((p, i) => [p.name, i]));
  return { gates: [...current].sort((a, b) => (order.get(a.probe) ?? 99) - (order.get(b.probe) ?? 99)), skipped };
}
