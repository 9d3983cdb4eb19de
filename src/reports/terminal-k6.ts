// The k6 part of the terminal summary: only failed k6 thresholds are listed, to stay short.
import type { K6Source } from '../probes/load/block.ts';
import { k6Lines } from './k6-source.ts';

export function k6Terminal(k: K6Source | undefined): string[] {
  if (!k) return [];
  const { heading, thresholds, notes } = k6Lines(k);
  return [heading, ...thresholds.filter((t) => t.startsWith('FAILED')).map((t) => `  ${t}`), ...notes.map((n) => `  note: ${n}`)];
}
