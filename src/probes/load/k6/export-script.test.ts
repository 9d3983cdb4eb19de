// Exported k6 scripts must type-check against @types/k6 (k6 is not installed here) and say
// what the ramp says: executor, stages, tags, and the gates as thresholds at the gate level.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { RampScenario } from '../scenario.ts';
import { resolveRampScenario } from '../resolve-scenario.ts';
import { loadGateFile, compileGate } from '../../../gates/gate-spec.ts';
import { buildPlan } from './ramp-plan.ts';
import { exportK6Script } from './export-script.ts';
import { testRunManifest, k8sName } from './testrun-manifest.ts';
import { typecheckK6Script } from '../../../../test/k6-typecheck.ts';
import { CATALOGS } from '../../../runner/registry.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const TARGET = 'https://api.example.com/';

async function exportOf(s: RampScenario) {
  const gates = (await loadGateFile(join(ROOT, 'gates/default.gates.yaml'), CATALOGS)).specs.filter((g) => g.probe === 'load');
  gates.push(compileGate('load', { id: 'p90-warn', metric: 'http_req_duration', expression: 'p(90)<100', level: 'warn' }, 't', CATALOGS));
  gates.push(compileGate('load', { id: 'bp', metric: 'breaking_point', expression: 'value>=200', level: 'fail' }, 't', CATALOGS));
  const plan = buildPlan(s, TARGET);
  return { plan, ...exportK6Script(s, plan, TARGET, gates, 'test', '0.0.0') };
}

describe('k6 export', () => {
  it('the demo ramp (concurrency) becomes a ramping-vus script that type-checks against @types/k6', async () => {
    const s = await resolveRampScenario(join(ROOT, 'scenarios/demo.ramp.yaml'), {});
    const out = await exportOf(s);
    expect(typecheckK6Script(out.script)).toEqual([]);
    expect(out.script).toMatch(/"executor":"ramping-vus"/);
    // A warm-up and a hold stage per level, in order.
    expect(out.script).toContain('[{"duration":"0.5s","target":100},{"duration":"2s","target":100},{"duration":"0.5s","target":500}');
    // Fail-level API gates at the expected level (100); the warn gate and breaking_point are not k6's.
    expect(out.thresholds['http_req_duration{step:100,phase:hold}']).toEqual(['p(95)<500', 'p(99)<2000']);
    expect(out.thresholds['http_req_failed{step:100,phase:hold}']).toEqual(['rate<0.005']);
    expect(out.thresholds['http_req_duration{step:500,phase:hold}']).toEqual(['max>=0']);
    expect(out.skippedGates.join('\n')).toMatch(/p90-warn.*warn-level/);
    expect(out.skippedGates.join('\n')).toMatch(/bp \(breaking_point/);
    expect(out.script).toMatch(/tags: Object.assign\(\{ name: req.name \}, tags\)/);
    expect(out.script).toContain('"p(99)"');
  }, 60_000);

  it('rate mode becomes ramping-arrival-rate with a VU pool, and still type-checks', async () => {
    const s = RampScenario.parse({ mode: 'rate', steps: [50, 200], maxConnections: 300, stepDuration: '20s', warmup: '0s' });
    const out = await exportOf(s);
    expect(typecheckK6Script(out.script)).toEqual([]);
    expect(out.script).toContain('"executor":"ramping-arrival-rate","startRate":0,"timeUnit":"1s","preAllocatedVUs":200,"maxVUs":300');
    // No --expect: gates at the first level, as shipgate's own gate lookup judges them.
    expect(out.thresholds['http_req_duration{step:50,phase:hold}']).toEqual(['p(95)<500', 'p(99)<2000']);
  }, 60_000);

  it('the type check does catch a broken script', () => {
    const bad =
      "import http from 'k6/http';\n/** @type {import('k6/options').Options} */\nexport const options = { scenarios: { a: { executor: 'ramping-vuz', stages: [] } } };\nexport default function () { http.gett('x'); }\n";
    const errors = typecheckK6Script(bad).join('\n');
    expect(errors).toMatch(/ramping-vuz/);
    expect(errors).toMatch(/gett/);
  }, 60_000);

  it('secret headers are read from the environment and never written; the TestRun wires a Secret', async () => {
    const s = RampScenario.parse({
      name: 'Shop API',
      headers: { Authorization: 'Bearer s3cr3t', 'x-trace': 'on' },
      endpoints: [{ path: '/a', headers: { 'X-Api-Key': 'k3y' } }],
    });
    const out = await exportOf(s);
    expect(out.script).not.toMatch(/s3cr3t|k3y/);
    expect(out.script).toContain('"x-trace": "on"');
    expect(out.secretHeaders).toEqual({ Authorization: 'SHIPGATE_HEADER_AUTHORIZATION', 'X-Api-Key': 'SHIPGATE_HEADER_X_API_KEY' });
    const name = k8sName('Shop API');
    const yaml = testRunManifest({ name, scriptFile: 'ramp.js', script: out.script, parallelism: 3, target: TARGET, secretHeaders: out.secretHeaders });
    expect(yaml).not.toMatch(/s3cr3t|k3y/);
    const [cm, tr] = parseAllDocuments(yaml).map((d) => d.toJS());
    expect(cm).toMatchObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'shop-api-script' }, data: { 'ramp.js': out.script } });
    expect(tr).toMatchObject({
      apiVersion: 'k6.io/v1alpha1',
      kind: 'TestRun',
      metadata: { name: 'shop-api' },
      spec: { parallelism: 3, script: { configMap: { name: 'shop-api-script', file: 'ramp.js' } } },
    });
    expect(tr.spec.runner.env).toContainEqual({ name: 'TARGET', value: TARGET });
    expect(tr.spec.runner.env).toContainEqual({
      name: 'SHIPGATE_HEADER_AUTHORIZATION',
      valueFrom: { secretKeyRef: { name: 'shop-api-headers', key: 'authorization' } },
    });
  }, 60_000);
});
