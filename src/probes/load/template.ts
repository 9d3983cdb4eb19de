// `{{ }}` templates in flow requests and endpoints, compiled once per scenario so a request
// costs string joins, not parsing. A name that has no value is an error of the iteration
// (MissingValue): a request is never sent with "undefined" in it.
import { randomInt, randomUUID } from 'node:crypto';

/** What a template can read while one virtual user runs. */
export interface TemplateScope {
  /** Captured variables of this user. */
  vars: Record<string, string>;
  /** The current row of each data source, by source name. */
  rows: Record<string, Record<string, string> | undefined>;
  /** This user's number (1-based) and its iteration (0-based). */
  vu: number;
  iteration: number;
}

export class MissingValue extends Error {
  constructor(readonly expr: string) {
    super(`{{ ${expr} }} has no value`);
  }
}

export type Render = (scope: TemplateScope) => string;

const GENERATORS: Record<string, (args: number[], scope: TemplateScope) => string> = {
  $uuid: () => randomUUID(),
  $randomInt: ([a = 0, b = 1_000_000]) => String(randomInt(Math.min(a, b), Math.max(a, b) + 1)),
  $iteration: (_a, s) => String(s.iteration),
  $vu: (_a, s) => String(s.vu),
  $now: () => String(Date.now()),
};

/** Names a template refers to, for checking a scenario before any load (`users.user`, `token`). */
export function templateNames(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => m[1]!);
}

export function hasTemplate(text: string): boolean {
  return /\{\{.*?\}\}/.test(text);
}

/** Throws a usage-style Error for an expression no scope could ever answer. */
function compileExpr(expr: string): Render {
  const gen = /^(\$\w+)(?:\(\s*(-?\d+)\s*,\s*(-?\d+)\s*\))?$/.exec(expr);
  if (gen) {
    const fn = GENERATORS[gen[1]!];
    if (!fn) throw new Error(`{{ ${expr} }}: unknown generator; use ${Object.keys(GENERATORS).join(', ')}`);
    const args = gen[2] === undefined ? [] : [Number(gen[2]), Number(gen[3])];
    return (s) => fn(args, s);
  }
  const path = /^(\w+)(?:\.([\w-]+))?$/.exec(expr);
  if (!path) throw new Error(`{{ ${expr} }}: write a variable (token), a data column (users.user) or a generator ($uuid)`);
  const [, head, column] = path;
  if (column !== undefined) {
    return (s) => {
      const v = s.rows[head!]?.[column];
      if (v === undefined) throw new MissingValue(expr);
      return v;
    };
  }
  return (s) => {
    const v = s.vars[head!];
    if (v === undefined) throw new MissingValue(expr);
    return v;
  };
}

/** A template string as a function of the scope; a string without `{{` returns itself. */
export function compileTemplate(text: string): Render {
  const parts: (string | Render)[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(compileExpr(m[1]!));
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  if (parts.every((p) => typeof p === 'string')) return () => text;
  return (s) => {
    let out = '';
    for (const p of parts) out += typeof p === 'string' ? p : p(s);
    return out;
  };
}

/** Every string inside a JSON value becomes a template; the shape is kept. */
export function compileJson(value: unknown): (scope: TemplateScope) => unknown {
  if (typeof value === 'string') return compileTemplate(value);
  if (Array.isArray(value)) {
    const items = value.map(compileJson);
    return (s) => items.map((f) => f(s));
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, compileJson(v)] as const);
    return (s) => Object.fromEntries(entries.map(([k, f]) => [k, f(s)]));
  }
  return () => value;
}
