// One verdict from many gates and probes: computed per gate first, then combined, so one
// check can never overwrite another's result (the size-limit caution).
// Order: error (could not measure) > fail > warn > pass.
import type { GateResult, Verdict } from '../core/result.ts';

const RANK: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2, error: 3 };

export function worst(a: Verdict, b: Verdict): Verdict {
  return RANK[a] >= RANK[b] ? a : b;
}

/** What one gate contributes to the verdict. Not measured never counts as a pass. */
export function gateVerdict(g: GateResult): Verdict {
  switch (g.outcome) {
    case 'pass':
      return 'pass';
    case 'warn':
      return 'warn';
    case 'fail':
      return 'fail';
    case 'error':
      return 'error';
    case 'not-measured':
      // A fail-level gate without a number fails closed; a warn-level one only warns.
      return g.level === 'fail' ? 'error' : 'warn';
  }
}

export function makeVerdict(gates: GateResult[], probes: Record<string, { status?: string } | undefined>, interrupted = false): Verdict {
  if (interrupted) return 'error';
  let v: Verdict = 'pass';
  for (const p of Object.values(probes)) {
    if (p?.status === 'error') v = worst(v, 'error');
  }
  for (const g of gates) v = worst(v, gateVerdict(g));
  return v;
}
