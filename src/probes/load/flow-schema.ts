// Virtual users: a flow of named requests with captures, expectations and think time, fed by
// data files (PRODUCT.md, "Scenarios: virtual users and flows"). The shape follows Artillery's
// flows and Gatling's feeders; templates are `{{ name }}`, as both write them.
import { z } from 'zod';
import { parseDurationMs } from '../../lib/duration.ts';

/** Think time: "1s", 500 (ms? no: seconds, as every duration here), or a uniform range "1s-3s". */
export const ThinkTime = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const [lo, hi = lo] = typeof v === 'number' ? [v, v] : v.split(/\s*-\s*(?=\d)/);
  const minMs = parseDurationMs(lo!);
  const maxMs = parseDurationMs(hi!);
  if (minMs === undefined || maxMs === undefined || maxMs < minMs) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a think time; write e.g. 1s, 500ms or a range 1s-3s` });
    return z.NEVER;
  }
  return { minMs, maxMs };
});
export type ThinkTime = z.infer<typeof ThinkTime>;

const Method = z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export const FlowRequest = z.strictObject({
  method: Method.default('GET'),
  /** Appended to the target's path, like an endpoint's; may hold `{{ }}` templates. */
  path: z.string().refine((p) => p.startsWith('/') || p.startsWith('{{'), 'must start with "/"'),
  headers: z.record(z.string(), z.string()).default({}),
  /** Sent as JSON (content-type set for you); string values are templates. */
  json: z.unknown().optional(),
  /** Sent as is, after templating. */
  body: z.string().optional(),
  /** Added to the path's query string, after templating. */
  query: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type FlowRequest = z.infer<typeof FlowRequest>;

/** Where a value is captured from: a JSON path ($.a.b[0]), a response header, or a regex (group 1). */
export const CaptureSpec = z.union([
  z.strictObject({ json: z.string().startsWith('$', 'a JSON path starts with "$", e.g. $.token') }),
  z.strictObject({ header: z.string().min(1) }),
  z.strictObject({ regex: z.string().min(1), group: z.number().int().nonnegative().default(1) }),
]);
export type CaptureSpec = z.infer<typeof CaptureSpec>;

export const FlowStep = z.strictObject({
  /** The request's name in stats and gates (`http_req_duration{name:login}`). */
  name: z.string().regex(/^[\w.-]+$/, 'letters, digits, "_", "-" and "." only (it is used in gate tags)'),
  /** Once per virtual user (a login), not every loop. */
  once: z.boolean().default(false),
  request: FlowRequest,
  capture: z.record(z.string().regex(/^\w+$/, 'a variable name: letters, digits and "_"'), CaptureSpec).default({}),
  /** Accepted statuses; any other is an error of this request. Default: 2xx and 3xx. */
  expect: z.strictObject({ status: z.union([z.number().int(), z.array(z.number().int()).min(1)]) }).optional(),
  /** Pause after this request; overrides the scenario's thinkTime. */
  think: ThinkTime.optional(),
});
export type FlowStep = z.infer<typeof FlowStep>;

export const DataSource = z.strictObject({
  /** CSV with a header row, or JSON (an array of objects); relative to the scenario file. */
  file: z.string().min(1),
  /** sequential: row after row for each use; random: any row; unique: one row per virtual user. */
  order: z.enum(['sequential', 'random', 'unique']).default('sequential'),
});
export type DataSource = z.infer<typeof DataSource>;
