// The generator's response parser, fed as a socket feeds it: every response is also split at
// every byte into two reads (and fed one byte per read), each read landing in the same reused
// buffer as the engine's shared read buffer, so a parser that kept a reference into it, or
// lost a partial line, gives a different answer.
import { describe, expect, it } from 'vitest';
import { ERROR, NEED, ResponseParser } from './http-parser.ts';

interface Outcome {
  result: 'complete' | 'need' | 'error';
  /** Bytes consumed up to the end of the response (complete only). */
  at?: number;
  status: number;
  keepAlive: boolean;
  error: string;
}

const scratch = Buffer.alloc(64 * 1024);

/** Feeds `text` in reads cut at `cuts`, each copied into the shared scratch buffer. */
function feed(text: string | Buffer, cuts: number[], head = false): Outcome {
  const all = Buffer.isBuffer(text) ? text : Buffer.from(text, 'latin1');
  const p = new ResponseParser();
  p.reset(head);
  const bounds = [0, ...cuts, all.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const piece = all.subarray(bounds[k], bounds[k + 1]);
    scratch.fill(0x58);
    piece.copy(scratch);
    const r = p.execute(scratch, 0, piece.length);
    if (r === ERROR) return { result: 'error', status: p.status, keepAlive: p.keepAlive, error: p.error };
    if (r !== NEED) return { result: 'complete', at: bounds[k]! + r, status: p.status, keepAlive: p.keepAlive, error: '' };
  }
  return { result: 'need', status: p.status, keepAlive: p.keepAlive, error: p.error };
}

/** The same outcome whole, at every two-read split, and one byte per read. */
function everySplit(text: string, head = false): Outcome {
  const whole = feed(text, [], head);
  for (let cut = 1; cut < text.length; cut++) expect(feed(text, [cut], head), `split at ${cut}`).toEqual(whole);
  expect(
    feed(
      text,
      [...Array(Math.max(0, text.length - 1)).keys()].map((i) => i + 1),
      head,
    ),
    'byte by byte',
  ).toEqual(whole);
  return whole;
}

describe('response parser', () => {
  it('Content-Length: the response ends after that many body bytes, any split', () => {
    const r = 'HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Length: 5\r\nConnection: keep-alive\r\n\r\nhello';
    expect(everySplit(r)).toEqual({ result: 'complete', at: r.length, status: 200, keepAlive: true, error: '' });
    // Header names in any case, values with spaces around.
    expect(everySplit('HTTP/1.1 404 Not Found\r\nCONTENT-length:   3  \r\n\r\nabc')).toMatchObject({ result: 'complete', status: 404, keepAlive: true });
    // Cut short: still waiting.
    expect(everySplit(r.slice(0, -1))).toMatchObject({ result: 'need' });
  });

  it('chunked, with chunk extensions and trailers, any split', () => {
    const body = 'abcdefghijklmnopqrstuvwxyz';
    const r = `HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\n1A ; x="y"\r\n${body}\r\n0;last\r\nX-Checksum: 1\r\nX-Other: two\r\n\r\n`;
    expect(everySplit(r)).toEqual({ result: 'complete', at: r.length, status: 201, keepAlive: true, error: '' });
    // Without trailers; chunked as the last of several codings.
    const plain = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n';
    expect(everySplit(plain)).toMatchObject({ result: 'complete', at: plain.length });
    // A chunk's data cut short, or the final empty line missing: not complete.
    expect(everySplit(r.slice(0, r.indexOf(body) + 10))).toMatchObject({ result: 'need' });
    expect(everySplit(r.slice(0, -2))).toMatchObject({ result: 'need' });
    // The chunked body's bytes are skipped whatever they hold, including CRLFs and "0\r\n\r\n".
    const tricky = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n9\r\n0\r\n\r\nHTTP\r\n0\r\n\r\n';
    expect(everySplit(tricky)).toMatchObject({ result: 'complete', at: tricky.length });
  });

  it('Connection: close ends the keep-alive; so does HTTP/1.0 without keep-alive', () => {
    expect(everySplit('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok')).toMatchObject({ result: 'complete', keepAlive: false });
    expect(everySplit('HTTP/1.1 200 OK\r\nConnection: Upgrade, Close\r\nContent-Length: 0\r\n\r\n')).toMatchObject({ result: 'complete', keepAlive: false });
    expect(everySplit('HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok')).toMatchObject({ result: 'complete', keepAlive: false });
    expect(everySplit('HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 2\r\n\r\nok')).toMatchObject({ result: 'complete', keepAlive: true });
  });

  it('a body delimited by the close is complete only when the peer closes', () => {
    for (const r of ['HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nsome body', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nxx']) {
      expect(everySplit(r)).toMatchObject({ result: 'need', status: 200 });
      const p = new ResponseParser();
      p.reset(false);
      expect(p.execute(Buffer.from(r), 0, r.length)).toBe(NEED);
      expect(p.finish()).toBe(true);
      expect(p.keepAlive).toBe(false);
    }
    // A close in the middle of a Content-Length body, or before the headers ended, cuts it short.
    const p = new ResponseParser();
    p.reset(false);
    p.execute(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc'), 0, 42);
    expect(p.finish()).toBe(false);
    p.reset(false);
    p.execute(Buffer.from('HTTP/1.1 200 OK\r\n'), 0, 17);
    expect(p.finish()).toBe(false);
  });

  it('responses without a body: HEAD, 204, 304; interim 1xx answers are skipped', () => {
    const head = 'HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n';
    expect(everySplit(head, true)).toEqual({ result: 'complete', at: head.length, status: 200, keepAlive: true, error: '' });
    expect(everySplit(head, false)).toMatchObject({ result: 'need' });
    for (const status of [204, 304]) {
      const r = `HTTP/1.1 ${status} X\r\nContent-Length: 10\r\n\r\n`;
      expect(everySplit(r)).toMatchObject({ result: 'complete', at: r.length, status });
    }
    const interim = 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';
    expect(everySplit(interim)).toMatchObject({ result: 'complete', at: interim.length, status: 200 });
  });

  it('stops at the end of one response: the bytes after it are the caller’s', () => {
    const one = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok';
    expect(feed(one + one, [])).toMatchObject({ result: 'complete', at: one.length });
  });

  it('garbage is an error named as llhttp names it, at any split', () => {
    expect(everySplit('this is not HTTP\r\n\r\n')).toMatchObject({ result: 'error', error: 'HPE_INVALID_CONSTANT' });
    // Wrong after the first bytes: caught even when "HT" came in an earlier read.
    expect(everySplit('HTXP/1.1 200 OK\r\n\r\n')).toMatchObject({ result: 'error', error: 'HPE_INVALID_CONSTANT' });
    expect(everySplit('HTTP/1.1 2x0 OK\r\n\r\n')).toMatchObject({ result: 'error', error: 'HPE_INVALID_STATUS' });
    expect(everySplit('HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n\r\n')).toMatchObject({ result: 'error', error: 'HPE_INVALID_CONTENT_LENGTH' });
    expect(everySplit('HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n')).toMatchObject({
      result: 'error',
      error: 'HPE_UNEXPECTED_CONTENT_LENGTH',
    });
    expect(everySplit('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n')).toMatchObject({ result: 'error', error: 'HPE_INVALID_CHUNK_SIZE' });
    expect(everySplit('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabX\r\n')).toMatchObject({ result: 'error', error: 'HPE_STRICT' });
    expect(everySplit('HTTP/1.1 200 OK\r\nno colon here\r\n\r\n')).toMatchObject({ result: 'error', error: 'HPE_INVALID_HEADER_TOKEN' });
    // Headers without end: an error past 16 KB, not a buffer that grows for ever.
    expect(feed(`HTTP/1.1 200 OK\r\n${'X-Pad: y\r\n'.repeat(2000)}`, [1000, 9000])).toMatchObject({ result: 'error', error: 'HPE_HEADER_OVERFLOW' });
  });
});
