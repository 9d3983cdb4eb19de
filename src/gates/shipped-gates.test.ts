// The gate files shipped in gates/ compile against every probe's metric catalog.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { loadGateFile } from './gate-spec.ts';
import { packagedGates, PACKAGED_GATES_DIR } from './gate-plan.ts';
import { CATALOGS, PROBES } from '../runner/registry.ts';

describe('shipped gate files', () => {
  it('weekly-patch covers every probe, with a line number for each gate (annotations point at it)', async () => {
    const { specs } = await loadGateFile(packagedGates('weekly-patch.gates.yaml'), CATALOGS);
    expect(new Set(specs.map((g) => g.probe))).toEqual(new Set(PROBES.map((p) => p.name)));
    expect(specs.filter((g) => !(g.source?.line && g.source.line > 0)).map((g) => g.id)).toEqual([]);
    expect(specs.find((g) => g.id === 'no-critical-or-high-in-prod')!.level).toBe('fail');
  });

  it("every file in gates/ loads and holds gates; each probe's defaults exist", async () => {
    const files = readdirSync(PACKAGED_GATES_DIR).filter((f) => f.endsWith('.gates.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) expect((await loadGateFile(packagedGates(f), CATALOGS)).specs.length, f).toBeGreaterThan(0);
    for (const p of PROBES) for (const f of p.gates.defaults({} as never)) expect(files, `${p.name} defaults`).toContain(f);
  });
});
