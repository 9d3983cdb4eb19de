// A minimal incremental HTTP/1.1 response parser for the generator's hot path (http-engine.ts).
// The generator needs only a response's status, where it ends and whether the connection stays
// open, so this reads the status line and three headers (Content-Length, Transfer-Encoding,
// Connection) and skips the body by length, by chunks (extensions and trailers skipped) or up
// to the close. Headers are inspected in place in the socket's read buffer: nothing is copied
// or turned into strings unless a line is split across reads (rare: one response fits a read).
// Errors are llhttp's code names (what undici and node:http report), so a reply that is not
// HTTP is HPE_INVALID_CONSTANT whichever engine read it.

/** execute(): more bytes are needed. */
export const NEED = -1;
/** execute(): the bytes are not a valid response; `error` names why. */
export const ERROR = -2;

const STATUS_LINE = 0;
const HEADER_LINE = 1;
const BODY_LENGTH = 2;
const CHUNK_SIZE = 3;
const CHUNK_EXT = 4;
const CHUNK_DATA = 5;
const CHUNK_DATA_END = 6;
const TRAILER_LINE = 7;
const UNTIL_CLOSE = 8;
const DONE = 9;

const LF = 10;
const CR = 13;
/** Status line plus headers beyond this is an error, as node:http's default (16 KB) is. */
const MAX_HEAD = 16 * 1024;

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const HTTP_SLASH = bytes('HTTP/');
const CONTENT_LENGTH = bytes('content-length');
const TRANSFER_ENCODING = bytes('transfer-encoding');
const CONNECTION = bytes('connection');
const CHUNKED = bytes('chunked');
const CLOSE = bytes('close');
const KEEP_ALIVE = bytes('keep-alive');

/** Whether b[s..s+name.length) is `name`, ignoring ASCII case (name is lower case). */
function named(b: Uint8Array, s: number, name: Uint8Array): boolean {
  for (let k = 0; k < name.length; k++) if ((b[s + k]! | 0x20) !== name[k]) return false;
  return true;
}

/** The tokens of a comma-separated list b[s..e), lower case (a Connection header that is not
 * just "keep-alive" or "close", which are compared in place). */
function tokens(b: Uint8Array, s: number, e: number): string[] {
  return Buffer.from(b.buffer, b.byteOffset + s, e - s)
    .toString('latin1')
    .toLowerCase()
    .split(',')
    .map((t) => t.trim());
}

export class ResponseParser {
  status = 0;
  /** After a complete response: whether the connection may carry the next request. */
  keepAlive = true;
  /** After ERROR: llhttp's name for what was wrong. */
  error = '';
  private state = STATUS_LINE;
  /** The request was HEAD: the response has no body whatever its headers say. */
  private head = false;
  private http10 = false;
  private close = false;
  private keepAliveHeader = false;
  private chunked = false;
  private contentLength = -1;
  /** Body bytes left: of the whole body, or of the current chunk. */
  private remaining = 0;
  private headBytes = 0;
  /** The start of a line that a read ended in the middle of, kept until its end arrives. */
  private partial: Buffer | undefined;
  private chunkDigits = 0;

  /** Ready for the answer to a new request (`head`: a HEAD request). */
  reset(head: boolean): void {
    this.head = head;
    this.newResponse();
  }

  private newResponse(): void {
    this.state = STATUS_LINE;
    this.status = 0;
    this.keepAlive = true;
    this.error = '';
    this.http10 = false;
    this.close = false;
    this.keepAliveHeader = false;
    this.chunked = false;
    this.contentLength = -1;
    this.remaining = 0;
    this.headBytes = 0;
    this.partial = undefined;
  }

  /** Reads b[i..end): the index just past a complete response, NEED, or ERROR. */
  execute(b: Uint8Array, i: number, end: number): number {
    while (i < end) {
      const state = this.state;
      if (state === BODY_LENGTH || state === CHUNK_DATA) {
        const n = Math.min(this.remaining, end - i);
        i += n;
        this.remaining -= n;
        if (this.remaining > 0) return NEED;
        if (state === BODY_LENGTH) return i;
        this.state = CHUNK_DATA_END;
      } else if (state === UNTIL_CLOSE) {
        return NEED;
      } else if (state === CHUNK_SIZE || state === CHUNK_EXT || state === CHUNK_DATA_END) {
        const r = this.chunkByte(b[i]!);
        i++;
        if (r === ERROR) return ERROR;
        if (this.state === DONE) return i;
      } else if (state === DONE) {
        return i;
      } else {
        // A line: the status line, a header or a trailer, parsed once its LF is here.
        if (state === STATUS_LINE && !this.prefixOk(b, i, end)) return this.fail('HPE_INVALID_CONSTANT');
        let lf = i;
        while (lf < end && b[lf] !== LF) lf++;
        this.headBytes += lf - i;
        if (this.headBytes > MAX_HEAD) return this.fail('HPE_HEADER_OVERFLOW');
        if (lf === end) {
          const rest = Buffer.from(b.subarray(i, end));
          this.partial = this.partial ? Buffer.concat([this.partial, rest]) : rest;
          return NEED;
        }
        let r: number;
        if (this.partial) {
          const line = Buffer.concat([this.partial, b.subarray(i, lf)]);
          this.partial = undefined;
          r = this.line(line, 0, line.length);
        } else r = this.line(b, i, lf);
        i = lf + 1;
        if (r === ERROR) return ERROR;
        if (this.state === DONE) return i;
      }
    }
    return this.state === DONE ? i : NEED;
  }

  /** The peer closed the connection: true when that ends a response delimited by the close. */
  finish(): boolean {
    if (this.state !== UNTIL_CLOSE) return false;
    this.keepAlive = false;
    this.state = DONE;
    return true;
  }

  /** A status line starts with "HTTP/": checked as far as the bytes go (after those of it that
   * an earlier read brought), so garbage fails at once, without waiting for a line end. */
  private prefixOk(b: Uint8Array, i: number, end: number): boolean {
    const seen = this.partial?.length ?? 0;
    for (let k = seen; k < HTTP_SLASH.length && i + k - seen < end; k++) if (b[i + k - seen] !== HTTP_SLASH[k]) return false;
    return true;
  }

  /** One line without its LF (a CR before it is dropped here). */
  private line(b: Uint8Array, s: number, e: number): number {
    if (e > s && b[e - 1] === CR) e--;
    if (this.state === STATUS_LINE) return this.statusLine(b, s, e);
    if (e === s) return this.state === TRAILER_LINE ? this.done() : this.headersDone();
    if (this.state === HEADER_LINE) return this.header(b, s, e);
    return 0; // a trailer: skipped
  }

  private statusLine(b: Uint8Array, s: number, e: number): number {
    // "HTTP/1.1 200 OK": the prefix was checked as it arrived.
    if (e - s < 12 || b[s + 5]! < 48 || b[s + 5]! > 57 || b[s + 6] !== 46 || b[s + 8] !== 32) return this.fail('HPE_INVALID_VERSION');
    let status = 0;
    for (let k = 9; k < 12; k++) {
      const d = b[s + k]! - 48;
      if (d < 0 || d > 9) return this.fail('HPE_INVALID_STATUS');
      status = status * 10 + d;
    }
    if (e - s > 12 && b[s + 12] !== 32) return this.fail('HPE_INVALID_STATUS');
    this.status = status;
    this.http10 = b[s + 5] === 49 && b[s + 7] === 48;
    this.state = HEADER_LINE;
    return 0;
  }

  private header(b: Uint8Array, s: number, e: number): number {
    let colon = s;
    while (colon < e && b[colon] !== 58) colon++;
    if (colon === e) return this.fail('HPE_INVALID_HEADER_TOKEN');
    const n = colon - s;
    if (n !== 14 && n !== 17 && n !== 10) return 0;
    let v = colon + 1;
    while (v < e && (b[v] === 32 || b[v] === 9)) v++;
    let ve = e;
    while (ve > v && (b[ve - 1] === 32 || b[ve - 1] === 9)) ve--;
    if (n === 14 && named(b, s, CONTENT_LENGTH)) {
      if (ve === v) return this.fail('HPE_INVALID_CONTENT_LENGTH');
      let len = 0;
      for (let k = v; k < ve; k++) {
        const d = b[k]! - 48;
        if (d < 0 || d > 9) return this.fail('HPE_INVALID_CONTENT_LENGTH');
        len = len * 10 + d;
      }
      if (len > Number.MAX_SAFE_INTEGER) return this.fail('HPE_INVALID_CONTENT_LENGTH');
      if (this.contentLength >= 0 && this.contentLength !== len) return this.fail('HPE_UNEXPECTED_CONTENT_LENGTH');
      this.contentLength = len;
    } else if (n === 17 && named(b, s, TRANSFER_ENCODING)) {
      // Chunked only when it is the last coding applied (RFC 9112 6.3); else the body runs to the close.
      this.chunked = ve - v >= 7 && named(b, ve - 7, CHUNKED) && (ve - v === 7 || b[ve - 8] === 44 || b[ve - 8] === 32);
      if (!this.chunked) this.close = true;
    } else if (n === 10 && named(b, s, CONNECTION)) {
      const len = ve - v;
      if (len === KEEP_ALIVE.length && named(b, v, KEEP_ALIVE)) this.keepAliveHeader = true;
      else if (len === CLOSE.length && named(b, v, CLOSE)) this.close = true;
      else {
        const list = tokens(b, v, ve);
        if (list.includes('close')) this.close = true;
        if (list.includes('keep-alive')) this.keepAliveHeader = true;
      }
    }
    return 0;
  }

  private headersDone(): number {
    const s = this.status;
    // 1xx but 101 are interim: the real response follows on the same connection.
    if (s >= 100 && s < 200 && s !== 101) {
      this.newResponse();
      return 0;
    }
    this.keepAlive = !this.close && (!this.http10 || this.keepAliveHeader) && s !== 101;
    if (this.head || s === 204 || s === 304 || s === 101) return this.done();
    if (this.chunked) {
      this.state = CHUNK_SIZE;
      this.remaining = 0;
      this.chunkDigits = 0;
    } else if (this.contentLength >= 0) {
      if (this.contentLength === 0) return this.done();
      this.remaining = this.contentLength;
      this.state = BODY_LENGTH;
    } else {
      this.keepAlive = false;
      this.state = UNTIL_CLOSE;
    }
    return 0;
  }

  /** One byte of a chunk-size line ("1a;ext=v\r\n") or of the CRLF after a chunk's data. */
  private chunkByte(c: number): number {
    if (this.state === CHUNK_DATA_END) {
      if (c === CR) return 0;
      if (c !== LF) return this.fail('HPE_STRICT');
      this.state = CHUNK_SIZE;
      this.remaining = 0;
      this.chunkDigits = 0;
      return 0;
    }
    if (c === LF) {
      if (this.chunkDigits === 0) return this.fail('HPE_INVALID_CHUNK_SIZE');
      this.state = this.remaining === 0 ? TRAILER_LINE : CHUNK_DATA;
      this.headBytes = 0;
      return 0;
    }
    if (this.state === CHUNK_EXT || c === CR) return 0;
    if (c === 59 || c === 32 || c === 9) {
      this.state = CHUNK_EXT;
      return 0;
    }
    const d = c >= 48 && c <= 57 ? c - 48 : (c | 0x20) >= 97 && (c | 0x20) <= 102 ? (c | 0x20) - 87 : -1;
    if (d < 0 || this.remaining > 2 ** 40) return this.fail('HPE_INVALID_CHUNK_SIZE');
    this.remaining = this.remaining * 16 + d;
    this.chunkDigits++;
    return 0;
  }

  private done(): number {
    this.state = DONE;
    return 0;
  }

  private fail(code: string): number {
    this.error = code;
    return ERROR;
  }
}
