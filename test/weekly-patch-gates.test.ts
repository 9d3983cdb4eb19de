// The weekly-patch policy file compiles against every probe's metric catalog.
import { describe, expect, it } from 'vitest';
import { loadGateFile } from '../src/gates/gate-spec.ts';

describe('gates/weekly-patch.gates.yaml', () => {
  it('loads, covering every probe, with line numbers for annotations', async () => {
    const gates = await loadGateFile('gates/weekly-patch.gates.yaml');
    expect(new Set(gates.map((g) => g.probe))).toEqual(new Set(['load', 'migrate', 'web', 'audit']));
    expect(gates.every((g) => g.source?.line && g.source.line > 0)).toBe(true);
    expect(gates.find((g) => g.id === 'no-critical-or-high-in-prod')!.level).toBe('fail');
  });
  it('the other shipped gate files load too', async () => {
    for (const f of ['default', 'growth', 'migrate', 'migrate-traffic']) {
      expect((await loadGateFile(`gates/${f}.gates.yaml`)).length).toBeGreaterThan(0);
    }
  });
});
