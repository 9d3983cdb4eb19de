// Access-log lines as requests: nginx/Apache "combined" (and "common", its prefix), or JSON
// lines whose field names are configurable (`--fields path=uri,time=ts`). Lines that are
// neither are counted, not fatal: a real log holds the odd truncated or foreign line.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { UsageError } from '../../../core/errors.ts';

export interface LogEntry {
  method: string;
  /** Path without the query string (ids in the query are not templated). */
  path: string;
  status: number;
  /** Epoch milliseconds, when the line has a time. */
  timeMs?: number;
}

export type LogFormat = 'combined' | 'json';

export interface JsonFields {
  method: string;
  path: string;
  status: string;
  time: string;
}

/** Field names tried in turn when --fields does not name them (nginx's and common loggers'). */
const JSON_DEFAULTS: Record<keyof JsonFields, string[]> = {
  method: ['method', 'request_method', 'verb', 'http.method'],
  path: ['path', 'request_uri', 'uri', 'url', 'http.url'],
  status: ['status', 'status_code', 'statusCode', 'code', 'http.status_code'],
  time: ['time', 'timestamp', 'ts', '@timestamp', 'time_iso8601', 'msec'],
};

// $remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$referer" "$ua"
const COMBINED = /^\S+ \S+ \S+ \[([^\]]+)\] "([A-Z]+) (\S+)(?: HTTP\/[\d.]+)?" (\d{3}) /;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `01/Dec/2026:23:30:00 +0000` (nginx's $time_local) as epoch ms. */
export function parseTimeLocal(s: string): number | undefined {
  const m = /^(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))? ([+-])(\d{2})(\d{2})$/.exec(s);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!);
  if (month < 0) return undefined;
  const utc = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]), m[7] ? Number(`0.${m[7]}`) * 1000 : 0);
  const offsetMin = (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  return utc - offsetMin * 60_000;
}

/** A path with no query and no scheme/host (some loggers write the whole URL). */
function pathOf(raw: string): string | undefined {
  let p = raw;
  if (/^https?:\/\//i.test(p)) {
    try {
      p = new URL(p).pathname;
    } catch {
      return undefined;
    }
  }
  p = p.split(/[?#]/)[0]!;
  return p.startsWith('/') ? p : undefined;
}

export function parseCombinedLine(line: string): LogEntry | undefined {
  const m = COMBINED.exec(line);
  if (!m) return undefined;
  const path = pathOf(m[3]!);
  if (!path) return undefined;
  const timeMs = parseTimeLocal(m[1]!);
  return { method: m[2]!, path, status: Number(m[4]), ...(timeMs !== undefined ? { timeMs } : {}) };
}

/** `method=verb,path=request_uri` → the field names a JSON line is read with. */
export function parseFieldMap(spec: string | undefined): Partial<JsonFields> {
  const out: Partial<JsonFields> = {};
  if (!spec) return out;
  for (const pair of spec.split(',').filter(Boolean)) {
    const [k, v] = pair.split('=').map((x) => x.trim());
    if (!k || !v || !(k in JSON_DEFAULTS)) {
      throw new UsageError(
        `--fields ${spec}: "${pair}" is not key=field with key one of ${Object.keys(JSON_DEFAULTS).join(', ')}`,
        'e.g. --fields method=verb,path=uri,status=code,time=ts',
      );
    }
    out[k as keyof JsonFields] = v;
  }
  return out;
}

function field(o: Record<string, unknown>, name: string): unknown {
  if (name in o) return o[name];
  let v: unknown = o;
  for (const part of name.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** ISO text, or epoch seconds / milliseconds as a number or numeric text. */
function timeOf(v: unknown): number | undefined {
  if (typeof v === 'number' || (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v))) {
    const n = Number(v);
    return n < 1e11 ? n * 1000 : n;
  }
  if (typeof v === 'string') {
    const t = Date.parse(v);
    return Number.isNaN(t) ? parseTimeLocal(v) : t;
  }
  return undefined;
}

export function jsonLineParser(fields: Partial<JsonFields>): (line: string) => LogEntry | undefined {
  const names = (k: keyof JsonFields) => (fields[k] ? [fields[k]] : JSON_DEFAULTS[k]);
  const pick = (o: Record<string, unknown>, k: keyof JsonFields) => {
    for (const n of names(k)) {
      const v = field(o, n);
      if (v !== undefined && v !== null && v !== '') return v;
    }
    return undefined;
  };
  return (line) => {
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch {
      return undefined;
    }
    if (!o || typeof o !== 'object' || Array.isArray(o)) return undefined;
    const rec = o as Record<string, unknown>;
    let method = pick(rec, 'method');
    let rawPath = pick(rec, 'path');
    // A logged request line ("GET /x HTTP/1.1") holds both.
    const request = typeof rec.request === 'string' ? /^([A-Z]+) (\S+)/.exec(rec.request) : null;
    if (method === undefined && request) method = request[1];
    if (rawPath === undefined && request) rawPath = request[2];
    const path = typeof rawPath === 'string' ? pathOf(rawPath) : undefined;
    const status = Number(pick(rec, 'status'));
    if (typeof method !== 'string' || !path || !Number.isInteger(status)) return undefined;
    const timeMs = timeOf(pick(rec, 'time'));
    return { method: method.toUpperCase(), path, status, ...(timeMs !== undefined ? { timeMs } : {}) };
  };
}

export interface ParsedLog {
  entries: LogEntry[];
  /** Non-empty lines that were not requests in the format. */
  skipped: number;
  format: LogFormat;
}

/** The format of a log whose first line is `line`: JSON lines start with `{`. */
function guessFormat(line: string): LogFormat {
  return line.trimStart().startsWith('{') ? 'json' : 'combined';
}

function lineParser(format: LogFormat, fields: Partial<JsonFields>): (line: string) => LogEntry | undefined {
  return format === 'json' ? jsonLineParser(fields) : parseCombinedLine;
}

/** Reads a whole log held in memory; the format is guessed from the first line when not given. */
export function parseAccessLog(text: string, format?: LogFormat, fields: Partial<JsonFields> = {}): ParsedLog {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const fmt = format ?? guessFormat(lines[0] ?? '');
  const parse = lineParser(fmt, fields);
  const entries: LogEntry[] = [];
  let skipped = 0;
  for (const line of lines) {
    const e = parse(line);
    if (e) entries.push(e);
    else skipped++;
  }
  return { entries, skipped, format: fmt };
}

/**
 * Streams a log file line by line into `onEntry` (a production log may not fit in memory);
 * the format is guessed from the first non-empty line when not given.
 */
export async function readAccessLog(
  file: string,
  format: LogFormat | undefined,
  fields: Partial<JsonFields>,
  onEntry: (e: LogEntry) => void,
): Promise<{ format: LogFormat; read: number; skipped: number }> {
  let fmt = format;
  let parse = fmt ? lineParser(fmt, fields) : undefined;
  let read = 0;
  let skipped = 0;
  const input = createReadStream(file, 'utf8');
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', reject);
  });
  try {
    await opened;
  } catch (err) {
    throw new UsageError(`${file}: ${(err as Error).message}`);
  }
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    if (!parse) {
      fmt = guessFormat(line);
      parse = lineParser(fmt, fields);
    }
    const e = parse(line);
    if (e) {
      read++;
      onEntry(e);
    } else skipped++;
  }
  return { format: fmt ?? 'combined', read, skipped };
}
