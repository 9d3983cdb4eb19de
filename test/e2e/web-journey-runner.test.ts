// Journeys with a real Chromium: a run that breaks fails the journey (no p95 from the runs
// that happened to work), and its gates are never a pass.
import { describe, expect, it } from 'vitest';
import { runWebProbe } from '../../src/probes/web/web-probe.ts';
import { WebConfig } from '../../src/probes/web/web-config.ts';
import { compileGate } from '../../src/gates/gate-spec.ts';
import { judgeGate } from '../../src/gates/judge.ts';
import { webMetricLookup } from '../../src/probes/web/metrics.ts';
import { WEB_CATALOG } from '../../src/probes/web/catalog.ts';

describe('journeys (real Chromium)', () => {
  it('fail closed when one run breaks, keeping the runs that worked', async () => {
    const config = WebConfig.parse({ site: { dir: 'scenarios/demo-site' }, journeys: ['test/fixtures/web/broken.journey.ts'], journeyRuns: 2 });
    const probe = await runWebProbe({ config });
    const j = probe.journeys![0]!;
    expect(probe.status).toBe('error');
    expect(j.status).toBe('error');
    expect(j.runs).toBe(1);
    expect(j.metrics.time_to_done!.values).toHaveLength(1);
    expect(j.runErrors).toHaveLength(1);
    expect(j.runErrors![0]).toMatch(/^run 2: .*#never-there/);
    const gate = compileGate('web', { id: 'done', metric: 'journey.time_to_done', expression: 'p(95)<5000', level: 'fail' }, 'test', { web: WEB_CATALOG });
    const judged = judgeGate(gate, { web: webMetricLookup(probe) });
    expect(judged.outcome).toBe('not-measured');
    expect(judged.message).toMatch(/^journey broken: 1 of 2 runs failed/);
  });
});
