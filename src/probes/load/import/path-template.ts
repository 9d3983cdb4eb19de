// Paths with ids grouped into routes: `/users/123` and `/users/456` are one endpoint,
// `/users/{{ users_id.id }}`, fed from the ids the log saw. An id is a segment that is a
// number, a UUID, or long hex (a digest, a Mongo ObjectId); anything else is kept as written.

const NUMBER = /^\d+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LONG_HEX = /^(?=.*\d)[0-9a-f]{16,}$/i;

export function isIdSegment(segment: string): boolean {
  return NUMBER.test(segment) || UUID.test(segment) || LONG_HEX.test(segment);
}

export interface RouteShape {
  /** The path with each id replaced by `{}`: the grouping key. */
  key: string;
  /** Static segments, `null` where an id was. */
  segments: (string | null)[];
  ids: string[];
}

export function routeShape(path: string): RouteShape {
  const segments: (string | null)[] = [];
  const ids: string[] = [];
  for (const s of path.split('/').slice(1)) {
    if (isIdSegment(s)) {
      segments.push(null);
      ids.push(s);
    } else segments.push(s);
  }
  return { key: `/${segments.map((s) => s ?? '{}').join('/')}`, segments, ids };
}

/** `users` → `users_id`: a data-source name from the segment before the first id. */
export function sourceName(segments: (string | null)[]): string {
  const first = segments.indexOf(null);
  const before = segments
    .slice(0, first)
    .filter((s): s is string => !!s)
    .at(-1);
  const stem = (before ?? 'root').replace(/\W+/g, '_').replace(/^_+|_+$/g, '') || 'root';
  return `${/^\d/.test(stem) ? `r${stem}` : stem}_id`;
}

/** Column names for a route's ids: `id`, then `id2`, `id3`... */
export function idColumns(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? 'id' : `id${i + 1}`));
}

/** The endpoint path: ids as `{{ source.column }}` templates. */
export function templatePath(segments: (string | null)[], source: string): string {
  const cols = idColumns(segments.filter((s) => s === null).length);
  let i = 0;
  return `/${segments.map((s) => s ?? `{{ ${source}.${cols[i++]} }}`).join('/')}`;
}

/** A readable, tag-safe endpoint name: `GET /users/:id/orders/:id2`. */
export function routeName(method: string, segments: (string | null)[]): string {
  const cols = idColumns(segments.filter((s) => s === null).length);
  let i = 0;
  return `${method} /${segments.map((s) => s ?? `:${cols[i++]}`).join('/')}`;
}
