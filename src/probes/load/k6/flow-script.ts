// A scenario's flow as k6 code: one function per flow step (http.* with `tags: { name }`,
// `check` for expect, captures read from `res.json()`, a header or a regex, `sleep` for think
// time), data files embedded as parsed rows in a SharedArray (no CSV parser in k6 without a
// remote import, and a ConfigMap holds one file), `once` steps run once per virtual user.
// users: per-level `constant-vus` scenarios, fresh users each level as shipgate's own ramp;
// arrivals: per-level `constant-arrival-rate`, each iteration a new user running the whole flow.
import type { Row } from '../data-feed.ts';
import type { FlowStep, ThinkTime } from '../flow-schema.ts';
import { parseJsonPath } from '../flow.ts';
import { requestPath } from '../request-mix.ts';
import type { RampScenario } from '../scenario.ts';
import type { K6RampPlan } from './ramp-plan.ts';
import { SECRET_HEADER, jsonJs, rowsJs, runtimeDeclarations, secretEnvName, templateJs } from './template-js.ts';

function thinkJs(t: ThinkTime | undefined): string | undefined {
  if (!t || t.maxMs <= 0) return undefined;
  return t.minMs === t.maxMs ? `sleep(${t.minMs / 1000});` : `sleep(${t.minMs / 1000} + Math.random() * ${(t.maxMs - t.minMs) / 1000});`;
}

function captureJs(name: string, spec: FlowStep['capture'][string]): string {
  if ('json' in spec) return `jsonAt(res, ${JSON.stringify(parseJsonPath(spec.json))})`;
  if ('header' in spec) return `headerOf(res, ${JSON.stringify(spec.header)})`;
  void name;
  return `regexOf(res, ${JSON.stringify(spec.regex)}, ${spec.group})`;
}

function stepFunction(st: FlowStep, i: number, s: RampScenario, target: string, secretHeaders: Record<string, string>): string[] {
  const r = st.request;
  const prefix = requestPath(target, '');
  const query = Object.entries(r.query);
  const headers: [string, string][] = [];
  const env: [string, string][] = [];
  for (const [k, v] of Object.entries({ ...s.headers, ...r.headers })) {
    // A literal secret is read from the environment; a templated one is a captured value.
    if (SECRET_HEADER.test(k) && !v.includes('{{')) {
      secretHeaders[k] = secretEnvName(k);
      env.push([k, secretHeaders[k]!]);
    } else headers.push([k, templateJs(v)]);
  }
  let body = 'null';
  if (r.json !== undefined) {
    body = `JSON.stringify(${jsonJs(r.json)})`;
    if (!headers.some(([k]) => k.toLowerCase() === 'content-type') && !env.some(([k]) => k.toLowerCase() === 'content-type')) {
      headers.push(['content-type', JSON.stringify('application/json')]);
    }
  } else if (r.body !== undefined) body = templateJs(r.body);
  const statuses = st.expect ? [st.expect.status].flat() : undefined;
  const accepted = statuses ? `[${statuses.join(', ')}].includes(r.status)` : 'r.status >= 200 && r.status < 400';
  const lines = [
    `/** ${st.name}${st.once ? ' (once per virtual user)' : ''}: true when the user may go on.`,
    ' * @param {Rows} rows @param {Record<string, string>} tags */',
    `function step${i}(rows, tags) {`,
    `  let url = TARGET + ${prefix ? `${JSON.stringify(prefix)} + ` : ''}${templateJs(r.path)};`,
    ...(query.length
      ? [
          `  url += (url.includes('?') ? '&' : '?') + [${query.map(([k, v]) => `[${JSON.stringify(k)}, ${templateJs(String(v))}]`).join(', ')}].map(([k, v]) => encodeURIComponent(k) + '=' + encodeURIComponent(v)).join('&');`,
        ]
      : []),
    `  /** @type {Record<string, string>} */`,
    `  const headers = { ${headers.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(', ')} };`,
    ...env.map(([k, e]) => `  headers[${JSON.stringify(k)}] = __ENV[${JSON.stringify(e)}] || '';`),
    `  const res = http.request(${JSON.stringify(r.method)}, url, ${body}, {`,
    '    headers,',
    '    timeout: TIMEOUT,',
    `    tags: Object.assign({ name: ${JSON.stringify(st.name)} }, tags),`,
    ...(statuses ? [`    responseCallback: http.expectedStatuses(${statuses.join(', ')}),`] : []),
    '  });',
    `  if (!check(res, { ${JSON.stringify(`${st.name}: status ${statuses ? statuses.join('|') : '2xx/3xx'}`)}: (r) => ${accepted} }, { name: ${JSON.stringify(st.name)} })) return false;`,
  ];
  for (const [name, spec] of Object.entries(st.capture)) {
    lines.push(
      `  const ${`c_${name}`} = ${captureJs(name, spec)};`,
      `  if (!check(${`c_${name}`}, { ${JSON.stringify(`${st.name}: capture ${name}`)}: (v) => v !== undefined }, { name: ${JSON.stringify(st.name)} })) return false;`,
      `  vars[${JSON.stringify(name)}] = /** @type {string} */ (c_${name});`,
    );
  }
  const think = thinkJs(st.think ?? s.thinkTime);
  if (think) lines.push(`  ${think}`);
  lines.push('  return true;', '}', '');
  return lines;
}

export interface FlowScript {
  /** Declarations before `options` (data, helpers, one function per step). */
  declarations: string[];
  /** k6 scenarios: one per level. */
  scenarios: Record<string, Record<string, unknown>>;
  /** The default function. */
  main: string[];
  secretHeaders: Record<string, string>;
}

export function flowScript(s: RampScenario, plan: K6RampPlan, target: string, data: Record<string, Row[]>): FlowScript {
  const flow = s.flow ?? [];
  const secretHeaders: Record<string, string> = {};
  const declarations = [
    ...runtimeDeclarations(s.data, data),
    "/** This virtual user's captured variables. @type {Record<string, string>} */",
    'let vars = {};',
    '/** Whether this user has run its `once` steps (a login) in this level. */',
    'let onceDone = false;',
    '',
    ...flow.flatMap((st, i) => stepFunction(st, i, s, target, secretHeaders)),
  ];

  const scenarios: FlowScript['scenarios'] = {};
  let startS = 0;
  plan.steps.forEach((st, i) => {
    const duration = `${st.warmupS + st.holdS}s`;
    const common = { startTime: `${startS}s`, gracefulStop: '0s' };
    scenarios[`level_${i + 1}_${st.level}`] =
      s.mode === 'arrivals'
        ? {
            executor: 'constant-arrival-rate',
            rate: st.level,
            timeUnit: '1s',
            duration,
            preAllocatedVUs: Math.min(st.level * 2, s.maxConnections),
            maxVUs: s.maxConnections,
            ...common,
          }
        : { executor: 'constant-vus', vus: st.level, duration, ...common };
    startS += st.warmupS + st.holdS;
  });

  const once = flow.map((st, i) => [st, i] as const).filter(([st]) => st.once);
  const loop = flow.map((st, i) => [st, i] as const).filter(([st]) => !st.once);
  const arrivals = s.mode === 'arrivals';
  const main = [
    'export default function () {',
    "  // Tags say which level and phase a request belongs to, from the test's clock.",
    '  const elapsedS = exec.instance.currentTestRunDuration / 1000;',
    '  const at = SCHEDULE.find((s) => elapsedS < s.endS);',
    "  const tags = at ? { step: String(at.level), phase: at.phase } : { step: 'after', phase: 'drain' };",
    arrivals
      ? '  // arrivals: every iteration is a new user running the whole flow once.'
      : '  // users: fresh users each level; a user runs its once steps, then loops the rest.',
    arrivals ? '  vars = {};' : '  if (exec.vu.iterationInScenario === 0) {\n    vars = {};\n    onceDone = false;\n  }',
    '  /** @type {Rows} */',
    rowsJs(s.data),
    ...(arrivals
      ? flow.map((_, i) => `  if (!step${i}(rows, tags)) return;`)
      : [
          ...(once.length ? ['  if (!onceDone) {', ...once.map(([, i]) => `    if (!step${i}(rows, tags)) return;`), '    onceDone = true;', '  }'] : []),
          ...loop.map(([, i]) => `  if (!step${i}(rows, tags)) return;`),
        ]),
    '}',
  ];
  return { declarations, scenarios, main, secretHeaders };
}
