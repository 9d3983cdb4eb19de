// `{{ }}` templates as k6 JavaScript, and what those expressions call at run time: the data
// rows (embedded as parsed JSON in SharedArrays: k6 has no CSV parser without a remote import,
// and a k6-operator ConfigMap holds one file), a value check that ends the iteration rather
// than send a request with a value missing, the generators, and the capture readers.
import type { Row } from '../data-feed.ts';
import type { DataSource } from '../flow-schema.ts';

const TEMPLATE = /\{\{\s*([^}]+?)\s*\}\}/g;

// Header values that must not sit in a ConfigMap: read from the runner's environment instead.
export const SECRET_HEADER = /authorization|cookie|token|secret|password|api[-_]?key/i;

export function secretEnvName(header: string): string {
  return `SHIPGATE_HEADER_${header.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** How `$iteration` reads in k6: a flow user's own loop count, or an endpoint's request count. */
export type IterationJs = 'exec.vu.iterationInScenario' | 'exec.scenario.iterationInTest';

/** A `{{ }}` expression as JavaScript reading the iteration's rows and the user's variables. */
function exprJs(expr: string, iteration: IterationJs): string {
  const gen = /^(\$\w+)(?:\(\s*(-?\d+)\s*,\s*(-?\d+)\s*\))?$/.exec(expr);
  if (gen) {
    switch (gen[1]) {
      case '$uuid':
        return 'uuid()';
      case '$randomInt':
        return gen[2] === undefined ? 'randomInt(0, 1000000)' : `randomInt(${Number(gen[2])}, ${Number(gen[3])})`;
      case '$iteration':
        return `String(${iteration})`;
      case '$vu':
        return 'String(exec.vu.idInTest)';
      case '$now':
        return 'String(Date.now())';
      default:
        throw new Error(`{{ ${expr} }}: unknown generator`);
    }
  }
  const [head, column] = expr.split('.');
  const label = JSON.stringify(`{{ ${expr} }}`);
  return column !== undefined ? `value(rows[${JSON.stringify(head)}], ${JSON.stringify(column)}, ${label})` : `value(vars, ${JSON.stringify(head)}, ${label})`;
}

/** A template string as a JavaScript expression (a plain string literal when it has none). */
export function templateJs(text: string, iteration: IterationJs = 'exec.vu.iterationInScenario'): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(TEMPLATE)) {
    if (m.index > last) parts.push(JSON.stringify(text.slice(last, m.index)));
    parts.push(exprJs(m[1]!, iteration));
    last = m.index + m[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push(JSON.stringify(text.slice(last)));
  return parts.join(' + ');
}

/** A JSON value with template strings, as a JavaScript expression of the same shape. */
export function jsonJs(v: unknown): string {
  if (typeof v === 'string') return templateJs(v);
  if (Array.isArray(v)) return `[${v.map(jsonJs).join(', ')}]`;
  if (v && typeof v === 'object') {
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${JSON.stringify(k)}: ${jsonJs(x)}`)
      .join(', ')} }`;
  }
  return JSON.stringify(v ?? null);
}

/** A data source's row for this iteration, by its order (unique: one row per virtual user). */
export function pickJs(name: string, order: DataSource['order']): string {
  const rows = `DATA[${JSON.stringify(name)}]`;
  if (order === 'unique') return `${rows}[(exec.vu.idInTest - 1) % ${rows}.length]`;
  if (order === 'random') return `${rows}[Math.floor(Math.random() * ${rows}.length)]`;
  return `${rows}[exec.scenario.iterationInTest % ${rows}.length]`;
}

/** `const rows = {...}`: each data source's row for this iteration. */
export function rowsJs(sources: Record<string, DataSource>): string {
  const entries = Object.entries(sources);
  return entries.length
    ? `  const rows = { ${entries.map(([name, src]) => `${JSON.stringify(name)}: ${pickJs(name, src.order)}`).join(', ')} };`
    : '  const rows = {};';
}

/** Data, the Rows type, and the functions template expressions and captures call. */
export function runtimeDeclarations(sources: Record<string, DataSource>, data: Record<string, Row[]>): string[] {
  const dataJs = Object.keys(sources).map(
    (name) => `  ${JSON.stringify(name)}: new SharedArray(${JSON.stringify(name)}, () => ${JSON.stringify(data[name] ?? [])}),`,
  );
  return [
    '/** Data files, parsed at export and embedded (k6 has no CSV parser without a remote import).',
    ' * @type {Record<string, Record<string, string>[]>} */',
    'const DATA = {',
    ...dataJs,
    '};',
    '/** @typedef {Record<string, Record<string, string> | undefined>} Rows */',
    '',
    '/** A template value; a missing one ends the iteration (a request is never sent with it missing).',
    ' * @param {Record<string, string> | undefined} from @param {string} key @param {string} label @returns {string} */',
    'function value(from, key, label) {',
    '  const v = from ? from[key] : undefined;',
    "  if (v === undefined) throw new Error(label + ' has no value');",
    '  return v;',
    '}',
    '/** @param {number} a @param {number} b */',
    'function randomInt(a, b) {',
    '  const lo = Math.min(a, b);',
    '  return String(lo + Math.floor(Math.random() * (Math.max(a, b) - lo + 1)));',
    '}',
    'function uuid() {',
    "  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {",
    '    const r = Math.floor(Math.random() * 16);',
    "    return (c === 'x' ? r : (r & 3) | 8).toString(16);",
    '  });',
    '}',
    "/** The value at a JSON path of the answer, as text. @param {import('k6/http').RefinedResponse<any>} res @param {(string | number)[]} path */",
    'function jsonAt(res, path) {',
    '  /** @type {any} */',
    '  let v;',
    '  try {',
    '    v = res.json();',
    '  } catch (e) {',
    '    return undefined;',
    '  }',
    '  for (const k of path) {',
    "    if (v === null || typeof v !== 'object') return undefined;",
    '    v = v[k];',
    '  }',
    '  if (v === undefined || v === null) return undefined;',
    "  return typeof v === 'string' ? v : JSON.stringify(v);",
    '}',
    "/** A response header, whatever its case. @param {import('k6/http').RefinedResponse<any>} res @param {string} name */",
    'function headerOf(res, name) {',
    '  for (const [k, v] of Object.entries(res.headers)) if (k.toLowerCase() === name.toLowerCase()) return v;',
    '  return undefined;',
    '}',
    "/** A regex group of the body. @param {import('k6/http').RefinedResponse<any>} res @param {string} re @param {number} group */",
    'function regexOf(res, re, group) {',
    "  const m = new RegExp(re).exec(typeof res.body === 'string' ? res.body : '');",
    '  return m ? m[group] : undefined;',
    '}',
    '',
  ];
}
