// A shipgate ramp as a k6 script (plain JavaScript, type-checked against @types/k6 through
// JSDoc, so it runs on any k6 version): ramping-vus for concurrency steps,
// ramping-arrival-rate for rate steps, a warm-up and a hold stage per level, `step` and
// `phase` tags on every request, and the fail-level API gates as k6 thresholds at the level
// gates are judged at. Per-level sub-metrics are kept with always-true thresholds (k6 keeps
// sub-metric stats only for thresholded ones), so ingest can rebuild one step per level.
import type { RampScenario } from '../scenario.ts';
import { parseMetricName } from '../../../lib/metric-name.ts';
import { prepareRequest, weightedSequence, type RenderedRequest } from '../request-mix.ts';
import { makeFeed } from '../data-feed.ts';
import type { Endpoint } from '../scenario.ts';
import { rowsJs, runtimeDeclarations, templateJs } from './template-js.ts';
import type { GateSpec } from '../../../core/metric.ts';
import { type K6RampPlan, gateLevel, stepMetric } from './ramp-plan.ts';
import type { Row } from '../data-feed.ts';
import { flowScript } from './flow-script.ts';
import { SECRET_HEADER, secretEnvName } from './template-js.ts';

/** The line an exported script prints before its summary JSON; ingest finds it in pod logs. */
export const SUMMARY_MARKER = 'SHIPGATE_K6_SUMMARY';

/** Metrics a gate file and k6 name alike; other gates are judged by shipgate at ingest. */
const K6_NATIVE = new Set(['http_req_duration', 'http_req_failed', 'http_reqs']);

export const SUMMARY_TREND_STATS = ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)', 'p(99.9)'];

export interface ExportedScript {
  script: string;
  /** Header name -> environment variable the script reads it from. */
  secretHeaders: Record<string, string>;
  /** Gates that did not become k6 thresholds, and why. */
  skippedGates: string[];
  thresholds: Record<string, string[]>;
}

export function k6Thresholds(plan: K6RampPlan, gates: readonly GateSpec[]): { thresholds: Record<string, string[]>; skipped: string[] } {
  const thresholds: Record<string, string[]> = {};
  const skipped: string[] = [];
  const at = gateLevel(plan);
  for (const g of gates) {
    if (g.probe !== 'load') continue;
    const { base, tags } = parseMetricName(g.metric);
    const onlyName = Object.keys(tags).every((t) => t === 'name');
    if (!K6_NATIVE.has(base) || !onlyName) {
      skipped.push(`${g.id} (${g.metric} ${g.expression}): shipgate judges it at ingest`);
      continue;
    }
    if (g.level !== 'fail') {
      skipped.push(`${g.id} (${g.metric} ${g.expression}): a warn-level gate; k6 thresholds can only fail`);
      continue;
    }
    // One key per metric: k6 keeps only the last of duplicate keys.
    (thresholds[stepMetric(base, at, tags.name)] ??= []).push(g.expression.replace(/\s+/g, ''));
  }
  const observe: Record<string, string> = { http_req_duration: 'max>=0', http_reqs: 'count>=0', http_req_failed: 'rate>=0' };
  for (const s of plan.steps) {
    for (const [metric, always] of Object.entries(observe)) {
      thresholds[stepMetric(metric, s.level)] ??= [always];
      // Flows: each request name per level too, so ingest rebuilds byName and {name:} gates.
      for (const name of plan.names ?? []) thresholds[stepMetric(metric, s.level, name)] ??= [always];
    }
  }
  return { thresholds, skipped };
}

export function exportK6Script(
  s: RampScenario,
  plan: K6RampPlan,
  target: string,
  gates: readonly GateSpec[],
  source: string,
  version: string,
  /** Rows of each data source, read by the caller (flows only). */
  data: Record<string, Row[]> = {},
): ExportedScript {
  const secretHeaders: Record<string, string> = {};
  // Endpoints with `{{ }}` templates are rendered per request in k6, from the same rows.
  const feeds = s.flow ? [] : Object.entries(s.data).map(([name, src]) => makeFeed(name, src, data[name] ?? []));
  const renderers = new Map<Endpoint, { index: number; js: string }>();
  const requests = weightedSequence(s.endpoints).map((e) => {
    const { render, ...r } = prepareRequest(e, s.headers, target, feeds);
    for (const [name, v] of Object.entries(r.headers)) {
      if (!SECRET_HEADER.test(name) || v.includes('{{')) continue;
      secretHeaders[name] = secretEnvName(name);
      delete r.headers[name];
    }
    if (!render) return r;
    let fn = renderers.get(e);
    if (!fn) renderers.set(e, (fn = { index: renderers.size, js: endpointRenderJs(r) }));
    return { ...r, render: fn.index };
  });
  const { thresholds, skipped } = k6Thresholds(plan, gates);
  const schedule: { level: number; phase: 'warmup' | 'hold'; endS: number }[] = [];
  let t = 0;
  for (const st of plan.steps) {
    schedule.push({ level: st.level, phase: 'warmup', endS: (t += st.warmupS) });
    schedule.push({ level: st.level, phase: 'hold', endS: (t += st.holdS) });
  }
  const stages = plan.steps.flatMap((st) => [
    { duration: `${st.warmupS}s`, target: st.level },
    { duration: `${st.holdS}s`, target: st.level },
  ]);
  const top = Math.max(...plan.steps.map((st) => st.level));
  const executor =
    s.mode === 'concurrency'
      ? { executor: 'ramping-vus', startVUs: 0, stages, gracefulRampDown: '0s' }
      : { executor: 'ramping-arrival-rate', startRate: 0, timeUnit: '1s', preAllocatedVUs: Math.min(top, s.maxConnections), maxVUs: s.maxConnections, stages };
  const flow = s.flow ? flowScript(s, plan, target, data) : undefined;
  if (flow) Object.assign(secretHeaders, flow.secretHeaders);
  const scenarios = flow ? JSON.stringify(flow.scenarios) : `{ ramp: ${JSON.stringify(executor)} }`;
  const endpointMain = [
    'export default function () {',
    '  const elapsedS = (Date.now() - exec.scenario.startTime) / 1000;',
    '  const at = SCHEDULE.find((s) => elapsedS < s.endS);',
    "  // After the last stage (k6's graceful stop) requests are tagged apart from every step.",
    "  const tags = at ? { step: String(at.level), phase: at.phase } : { step: 'after', phase: 'drain' };",
    ...(renderers.size
      ? [
          '  const listed = REQUESTS[exec.scenario.iterationInTest % REQUESTS.length];',
          '  /** @type {Rows} */',
          rowsJs(s.data),
          '  const req = listed.render === undefined ? listed : Object.assign({}, listed, RENDER[listed.render](rows));',
        ]
      : ['  const req = REQUESTS[exec.scenario.iterationInTest % REQUESTS.length];']),
    '  /** @type {Record<string, string>} */',
    '  const headers = Object.assign({}, req.headers);',
    "  for (const [name, env] of Object.entries(SECRET_HEADERS)) headers[name] = __ENV[env] || '';",
    '  http.request(req.method, TARGET + req.path, req.body, {',
    '    headers,',
    '    timeout: TIMEOUT,',
    '    tags: Object.assign({ name: req.name }, tags),',
    '  });',
    '}',
  ];
  const lines = [
    '// @ts-check',
    `// k6 script generated by \`shipgate k6 export\` (shipgate ${version}) from ${source}.`,
    '// Re-export rather than edit: `shipgate k6 ingest` reads PLAN back from the summary to rebuild',
    '// one step per level from the `step`/`phase` sub-metrics kept below.',
    '//   k6 run ramp.js > k6.log && shipgate k6 ingest k6.log --out reports/k6',
    `// Target: ${target}; override with -e TARGET=... (k6 sends the load, shipgate never does).`,
    "import http from 'k6/http';",
    "import exec from 'k6/execution';",
    ...(flow ? ["import { check, sleep } from 'k6';"] : []),
    ...(flow || renderers.size ? ["import { SharedArray } from 'k6/data';"] : []),
    '',
    '/** The ramp as shipgate planned it; ingest reads it back from the summary. */',
    `const PLAN = ${JSON.stringify(plan, null, 2)};`,
    '',
    "// Request paths were resolved against the target's path at export: TARGET is only the origin.",
    `const TARGET = (__ENV.TARGET || ${JSON.stringify(target)}).replace(/^(https?:\\/\\/[^/?#]+).*$/, '$1');`,
    `const TIMEOUT = ${JSON.stringify(`${s.timeout / 1000}s`)};`,
    `const SUMMARY_MARKER = ${JSON.stringify(SUMMARY_MARKER)};`,
    '',
    ...(flow
      ? flow.declarations
      : [
          "/** One cycle of the scenario's weighted request mix; each iteration sends the next one.",
          ' * `render`: the index of the RENDER function that fills its `{{ }}` templates.',
          ' * @type {{ name: string, method: string, path: string, headers: Record<string, string>, body?: string, render?: number }[]} */',
          `const REQUESTS = ${JSON.stringify(requests, null, 2)};`,
          '',
          ...(renderers.size
            ? [
                ...runtimeDeclarations(s.data, data),
                '/** Templated endpoints, rendered per request: a data row each, $iteration the request count.',
                ' * @type {((rows: Rows) => { path: string, headers: Record<string, string>, body?: string })[]} */',
                'const RENDER = [',
                ...[...renderers.values()].map((f) => `  ${f.js},`),
                '];',
                '',
              ]
            : []),
          '/** Headers whose values come from the environment (a Kubernetes Secret), never from this file.',
          ' * @type {Record<string, string>} */',
          `const SECRET_HEADERS = ${JSON.stringify(secretHeaders)};`,
          '',
        ]),
    "/** When each level's warm-up and hold stages end, in seconds from the scenario start.",
    " * @type {{ level: number, phase: 'warmup' | 'hold', endS: number }[]} */",
    `const SCHEDULE = ${JSON.stringify(schedule)};`,
    '',
    "/** @type {import('k6/options').Options} */",
    'export const options = {',
    `  scenarios: ${scenarios},`,
    '  // Gates at the level they are judged at, plus always-true ones that make k6 keep each',
    "  // level's sub-metrics in the summary.",
    ...(skipped.length ? ['  // Not k6 thresholds:', ...skipped.map((x) => `  //   ${x}`)] : []),
    `  thresholds: ${JSON.stringify(thresholds, null, 2).replace(/\n/g, '\n  ')},`,
    `  summaryTrendStats: ${JSON.stringify(SUMMARY_TREND_STATS)},`,
    '};',
    '',
    ...(flow ? flow.main : endpointMain),
    '',
    '/**',
    ' * k6 end-of-test data with the plan added; printed on one marked line so it survives in pod',
    ' * logs (`kubectl logs`), and written to a file when SHIPGATE_SUMMARY_FILE is set.',
    ' * @param {{ metrics: Record<string, { thresholds?: Record<string, { ok: boolean }> }> }} data',
    ' */',
    'export function handleSummary(data) {',
    '  const json = JSON.stringify(Object.assign({}, data, { shipgate: PLAN }));',
    '  const verdicts = [];',
    '  for (const [metric, m] of Object.entries(data.metrics)) {',
    '    for (const [expr, t] of Object.entries(m.thresholds || {})) {',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal of the generated k6 script
    "      verdicts.push(`${t.ok ? 'ok    ' : 'FAILED'} ${metric} ${expr}`);",
    '    }',
    '  }',
    '  /** @type {Record<string, string>} */',
    "  const out = { stdout: verdicts.join('\\n') + '\\n' + SUMMARY_MARKER + ' ' + json + '\\n' };",
    '  if (__ENV.SHIPGATE_SUMMARY_FILE) out[__ENV.SHIPGATE_SUMMARY_FILE] = json;',
    '  return out;',
    '}',
    '',
  ];
  return { script: lines.join('\n'), secretHeaders, skippedGates: skipped, thresholds };
}

/** A templated endpoint's path, headers and body as one k6 function of the rows. */
function endpointRenderJs(r: RenderedRequest): string {
  const headers = Object.entries(r.headers).map(([k, v]) => `${JSON.stringify(k)}: ${templateJs(v, 'exec.scenario.iterationInTest')}`);
  const body = r.body !== undefined ? `, body: ${templateJs(r.body, 'exec.scenario.iterationInTest')}` : '';
  return `(rows) => ({ path: ${templateJs(r.path, 'exec.scenario.iterationInTest')}, headers: { ${headers.join(', ')} }${body} })`;
}
