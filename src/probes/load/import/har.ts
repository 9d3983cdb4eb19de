// HAR 1.2 (a browser's network recording): the parts a flow needs, checked with zod so a file
// that is not a HAR is a usage error naming what is missing. Which entries are the page's API
// calls: same origin as the page, XHR/fetch (or, without Chrome's _resourceType, a JSON
// answer or a request with a body), never a document, script, stylesheet, image or font.
import { z } from 'zod';
import { FlowRequest } from '../flow-schema.ts';

const NameValue = z.object({ name: z.string(), value: z.string() });

export const HarEntry = z.object({
  startedDateTime: z.string(),
  /** Total time of the request in ms (-1 when unknown). */
  time: z.number(),
  request: z.object({
    method: z.string(),
    url: z.string(),
    headers: z.array(NameValue).default([]),
    queryString: z.array(NameValue).default([]),
    postData: z.object({ mimeType: z.string().default(''), text: z.string().optional() }).optional(),
  }),
  response: z.object({
    status: z.number(),
    headers: z.array(NameValue).default([]),
    content: z.object({ mimeType: z.string().default(''), text: z.string().optional(), encoding: z.string().optional() }).default({ mimeType: '' }),
  }),
  _resourceType: z.string().optional(),
});
export type HarEntry = z.infer<typeof HarEntry>;

export const Har = z.object({
  log: z.object({
    version: z.string().optional(),
    pages: z.array(z.object({ startedDateTime: z.string().optional(), title: z.string().optional() })).default([]),
    entries: z.array(HarEntry),
  }),
});
export type Har = z.infer<typeof Har>;

const STATIC_EXT = /\.(m?js|css|map|png|jpe?g|gif|svg|webp|avif|ico|bmp|woff2?|ttf|otf|eot|mp4|webm|mp3|wasm)$/i;
const STATIC_MIME = /javascript|ecmascript|text\/css|^image\/|^font\/|font-|^video\/|^audio\/|text\/html|wasm/i;
const API_TYPES = new Set(['xhr', 'fetch']);
/** Methods a flow step can send. */
const FLOW_METHODS = new Set<string>(FlowRequest.shape.method.unwrap().options);

/** The page's origin: its first HTML document's, else the first request's. */
export function mainOrigin(entries: HarEntry[]): string | undefined {
  const doc = entries.find((e) => e._resourceType === 'document' || /text\/html/i.test(e.response.content.mimeType));
  const first = doc ?? entries[0];
  return first ? new URL(first.request.url).origin : undefined;
}

export type Skip = 'third-party' | 'static' | 'not an API call' | 'no answer';

/** Why an entry is not an API call of the page, or undefined when it is one. */
export function skipReason(e: HarEntry, origin: string): Skip | undefined {
  let url: URL;
  try {
    url = new URL(e.request.url);
  } catch {
    return 'not an API call';
  }
  if (url.origin !== origin) return 'third-party';
  if (!FLOW_METHODS.has(e.request.method.toUpperCase())) return 'not an API call';
  if (e.response.status <= 0) return 'no answer';
  const mime = e.response.content.mimeType;
  if (e._resourceType !== undefined) {
    if (API_TYPES.has(e._resourceType)) return STATIC_EXT.test(url.pathname) ? 'static' : undefined;
    return ['script', 'stylesheet', 'image', 'font', 'media', 'manifest', 'document'].includes(e._resourceType) ? 'static' : 'not an API call';
  }
  if (STATIC_EXT.test(url.pathname) || STATIC_MIME.test(mime)) return 'static';
  const json = /json/i.test(mime);
  const hasBody = !!e.request.postData?.text;
  return json || hasBody ? undefined : 'not an API call';
}

/** The response body as text (HAR embeds binary bodies as base64). */
export function responseText(e: HarEntry): string | undefined {
  const c = e.response.content;
  if (c.text === undefined) return undefined;
  return c.encoding === 'base64' ? Buffer.from(c.text, 'base64').toString('utf8') : c.text;
}

export function startMs(e: HarEntry): number {
  return Date.parse(e.startedDateTime);
}

/** When the answer had fully arrived (start + total time). */
export function endMs(e: HarEntry): number {
  return startMs(e) + Math.max(0, e.time);
}
