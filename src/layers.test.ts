// The layers hold: lib (pure helpers) ← core (contract and shared parts) ← probes (each its
// own folder) ← gates, baseline, reports ← runner ← cli. An import that runs upward, one probe
// importing another, or any import cycle fails here, with the file and the import named.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = import.meta.dirname;

const LAYER: Record<string, number> = { lib: 0, core: 1, probes: 2, gates: 3, baseline: 3, reports: 3, runner: 4, cli: 5, demo: 2, 'index.ts': 6 };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return files(p);
    return /\.ts$/.test(n) && !/\.test\.ts$/.test(n) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'|import\('(\.{1,2}\/[^']+)'\)/g)) {
    out.push(resolve(dirname(file), (m[1] ?? m[2])!));
  }
  return out;
}

function unitOf(file: string): { layer: number; unit: string } {
  const parts = relative(SRC, file).split('/');
  const top = parts.length === 1 ? parts[0]! : parts[0]!;
  const layer = LAYER[top];
  if (layer === undefined) throw new Error(`${relative(SRC, file)}: no layer for src/${top}; add it to LAYER`);
  // A probe is its own unit: probes/load may not import probes/web.
  return { layer, unit: top === 'probes' ? `probes/${parts[1]}` : top };
}

/** Probes built on another's engine: soak and spike drive the load probe's generator (the
 * same models, flows and trust rules), so they import it; nothing else crosses probes. */
const BUILT_ON: Record<string, string[]> = { 'probes/soak': ['probes/load'], 'probes/spike': ['probes/load'] };

const all = files(SRC);
const graph = new Map(all.map((f) => [f, importsOf(f).filter((i) => all.includes(i))]));

describe('layers', () => {
  it('no import runs upward, and no probe imports another', () => {
    const bad: string[] = [];
    for (const [file, imports] of graph) {
      const from = unitOf(file);
      for (const i of imports) {
        const to = unitOf(i);
        if (to.unit === from.unit || BUILT_ON[from.unit]?.includes(to.unit)) continue;
        if (to.layer >= from.layer) bad.push(`${relative(SRC, file)} imports ${relative(SRC, i)} (${from.unit} may import only layers below it)`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('there is no import cycle', () => {
    // Tarjan's strongly connected components; any component of two or more files is a cycle.
    let index = 0;
    const idx = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const on = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string) => {
      idx.set(v, index);
      low.set(v, index++);
      stack.push(v);
      on.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!idx.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
      if (low.get(v) === idx.get(v)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          on.delete(w);
          comp.push(relative(SRC, w));
        } while (w !== v);
        if (comp.length > 1) cycles.push(comp.sort());
      }
    };
    for (const f of all) if (!idx.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('the checker sees imports (a file with none would make the rules above vacuous)', () => {
    expect(all.length).toBeGreaterThan(100);
    expect([...graph.values()].reduce((n, i) => n + i.length, 0)).toBeGreaterThan(300);
  });
});
