// Flows exported as k6 code must type-check against @types/k6 and say what the flow says:
// http calls named by step, checks for expect, captures, think time, data rows, once steps.
import { describe, expect, it } from 'vitest';
import { RampScenario } from '../scenario.ts';
import { buildPlan } from './ramp-plan.ts';
import { exportK6Script } from './export-script.ts';
import { templateJs } from './template-js.ts';
import { typecheckK6Script } from '../../../../test/k6-typecheck.ts';
import { fakeHandleSummary } from '../../../../test/k6-fake-summary.ts';
import { compileGate } from '../../../gates/gate-spec.ts';
import { CATALOGS } from '../../../runner/registry.ts';
import { mergeSummaries } from './merge-summaries.ts';
import { ingestK6 } from './ingest.ts';
import { loadMetricLookup } from '../metrics.ts';
import { parseK6Summary } from './summary.ts';

const TARGET = 'https://shop.example.com/api';

const SHOP = {
  name: 'shop',
  mode: 'users',
  steps: [5, 20],
  stepDuration: '30s',
  warmup: '5s',
  thinkTime: '1s-3s',
  data: { users: { file: 'users.csv', order: 'unique' } },
  flow: [
    {
      name: 'login',
      once: true,
      request: { method: 'POST', path: '/login', json: { user: '{{ users.user }}', password: 'pw-{{ users.user }}' } },
      capture: { token: { json: '$.data.token' }, session: { header: 'X-Session' } },
      expect: { status: 200 },
    },
    {
      name: 'search',
      request: {
        path: '/products',
        query: { q: 'item {{ $randomInt(1, 9) }}', vu: '{{ $vu }}' },
        headers: { authorization: 'Bearer {{ token }}', 'x-session': '{{ session }}' },
      },
      capture: { first: { regex: '"id":(\\d+)' } },
      think: '500ms',
    },
    {
      name: 'buy',
      request: {
        method: 'POST',
        path: '/orders/{{ first }}',
        headers: { authorization: 'Bearer {{ token }}', 'X-Api-Key': 'k3y' },
        json: { qty: 2, ref: '{{ $uuid }}' },
      },
      expect: { status: [201, 202] },
    },
  ],
};

function exportOf(input: unknown) {
  const s = RampScenario.parse(input);
  const plan = buildPlan(s, TARGET);
  return exportK6Script(s, plan, TARGET, [], 'test', '0.0.0', { users: [{ user: 'ann' }, { user: 'bo,b' }] });
}

describe('k6 export of flows', () => {
  it('users: per-level constant-vus, once steps guarded per VU, captures, checks, think, data; type-checks', () => {
    const out = exportOf(SHOP);
    expect(typecheckK6Script(out.script)).toEqual([]);
    const sc = out.script;
    expect(sc).toContain('"level_1_5":{"executor":"constant-vus","vus":5,"duration":"35s","startTime":"0s","gracefulStop":"0s"}');
    expect(sc).toContain('"level_2_20":{"executor":"constant-vus","vus":20,"duration":"35s","startTime":"35s","gracefulStop":"0s"}');
    // The once step runs until it succeeded, then the loop; fresh users each level.
    expect(sc).toMatch(/if \(exec\.vu\.iterationInScenario === 0\) \{\s+vars = \{\};\s+onceDone = false;/);
    expect(sc).toMatch(
      /if \(!onceDone\) \{\s+if \(!step0\(rows, tags\)\) return;\s+onceDone = true;\s+\}\s+if \(!step1\(rows, tags\)\) return;\s+if \(!step2\(rows, tags\)\) return;/,
    );
    // Data rows embedded in a SharedArray; unique: one row per VU.
    expect(sc).toContain('"users": new SharedArray("users", () => [{"user":"ann"},{"user":"bo,b"}]),');
    expect(sc).toContain('"users": DATA["users"][(exec.vu.idInTest - 1) % DATA["users"].length]');
    // Requests: named, paths below the target's path, templates as expressions.
    expect(sc).toContain('let url = TARGET + "/api" + "/login";');
    expect(sc).toContain(
      'JSON.stringify({ "user": value(rows["users"], "user", "{{ users.user }}"), "password": "pw-" + value(rows["users"], "user", "{{ users.user }}") })',
    );
    expect(sc).toContain('tags: Object.assign({ name: "login" }, tags),');
    expect(sc).toContain('responseCallback: http.expectedStatuses(201, 202),');
    expect(sc).toContain('[201, 202].includes(r.status)');
    // Captures: a JSON path walk, a header, a regex group.
    expect(sc).toContain('const c_token = jsonAt(res, ["data","token"]);');
    expect(sc).toContain('const c_session = headerOf(res, "X-Session");');
    expect(sc).toContain('const c_first = regexOf(res, "\\"id\\":(\\\\d+)", 1);');
    expect(sc).toContain('"authorization": "Bearer " + value(vars, "token", "{{ token }}")');
    // Think: the step's own, else the scenario's range.
    expect(sc).toContain('sleep(0.5);');
    expect(sc).toContain('sleep(1 + Math.random() * 2);');
    // A literal secret header is read from the environment; a captured token is not a secret.
    expect(sc).not.toContain('k3y');
    expect(out.secretHeaders).toEqual({ 'X-Api-Key': 'SHIPGATE_HEADER_X_API_KEY' });
  }, 60_000);

  it('arrivals: per-level constant-arrival-rate, every iteration a new user running every step', () => {
    const out = exportOf({ ...SHOP, mode: 'arrivals', data: { users: { file: 'users.csv', order: 'sequential' } } });
    expect(typecheckK6Script(out.script)).toEqual([]);
    expect(out.script).toContain(
      '"level_1_5":{"executor":"constant-arrival-rate","rate":5,"timeUnit":"1s","duration":"35s","preAllocatedVUs":10,"maxVUs":2000',
    );
    expect(out.script).not.toContain('onceDone = true');
    expect(out.script).toMatch(
      /vars = \{\};\s+\/\*\* @type \{Rows\} \*\/\s+const rows = \{ "users": DATA\["users"\]\[exec\.scenario\.iterationInTest % DATA\["users"\]\.length\] \};\s+if \(!step0/,
    );
  }, 60_000);

  it('templates become JavaScript expressions', () => {
    expect(templateJs('plain')).toBe('"plain"');
    expect(templateJs('{{ token }}')).toBe('value(vars, "token", "{{ token }}")');
    expect(templateJs('a{{ $iteration }}b{{ $now }}')).toBe('"a" + String(exec.vu.iterationInScenario) + "b" + String(Date.now())');
  });
});

describe('k6 export of templated endpoints (a from-log scenario)', () => {
  it('renders each templated endpoint per request from embedded rows; plain ones are sent as listed', () => {
    const s = RampScenario.parse({
      mode: 'rate',
      steps: [50],
      endpoints: [
        { name: 'GET /users/:id', path: '/users/{{ users_id.id }}', weight: 3, headers: { 'x-req': 'r{{ $iteration }}' } },
        { name: 'GET /health', path: '/health', weight: 1 },
      ],
      data: { users_id: { file: 'u.csv', order: 'random' } },
    });
    const out = exportK6Script(s, buildPlan(s, TARGET), TARGET, [], 'test', '0.0.0', { users_id: [{ id: '7' }, { id: '8' }] });
    expect(typecheckK6Script(out.script)).toEqual([]);
    expect(out.script).toContain('"render": 0');
    expect(out.script).toContain(
      '(rows) => ({ path: "/api/users/" + value(rows["users_id"], "id", "{{ users_id.id }}"), headers: { "x-req": "r" + String(exec.scenario.iterationInTest) } }),',
    );
    expect(out.script).toContain('"users_id": new SharedArray("users_id", () => [{"id":"7"},{"id":"8"}]),');
    expect(out.script).toContain('const rows = { "users_id": DATA["users_id"][Math.floor(Math.random() * DATA["users_id"].length)] };');
    expect(out.script).toContain('"path": "/api/health"');
    expect(out.script.match(/"render": 0/g)).toHaveLength(3);
  }, 60_000);
});

describe('{name:...} gates through k6', () => {
  it('become thresholds on the name sub-metric at the gate level, and ingest rebuilds byName for them', () => {
    const s = RampScenario.parse(SHOP);
    const plan = buildPlan(s, TARGET);
    const gate = compileGate('load', { id: 'login-p95', metric: 'http_req_duration{name:login}', expression: 'p(95)<300' }, 'test', CATALOGS);
    const out = exportK6Script(s, plan, TARGET, [gate], 'test', '0.0.0', { users: [{ user: 'ann' }] });
    expect(out.thresholds['http_req_duration{name:login,step:5,phase:hold}']).toEqual(['p(95)<300']);
    // Every name is kept at every level, so ingest has per-name stats to read.
    expect(out.thresholds['http_reqs{name:buy,step:20,phase:hold}']).toEqual(['count>=0']);
    expect(typecheckK6Script(out.script)).toEqual([]);

    const lvl = (p95: number) => ({ count: 100, failed: 0, p95, p99: p95 * 2 });
    const summary = fakeHandleSummary(plan, out.thresholds, { 5: lvl(40), 20: lvl(60) }, undefined, {
      login: { 5: lvl(250), 20: lvl(420) },
      search: { 5: lvl(30), 20: lvl(50) },
    });
    const block = ingestK6(mergeSummaries([parseK6Summary(summary)]), { files: ['k6.json'] });
    expect(Object.keys(block.steps[0]!.byName!)).toEqual(['login', 'search']);
    expect(block.steps[1]!.byName!.login!.latencyMs.p95).toBe(420);
    const v = loadMetricLookup(block)('http_req_duration{name:login}');
    expect('missing' in v ? v.missing : v.read({ kind: 'percentile', p: 95 })).toBe(250);
  });
});
