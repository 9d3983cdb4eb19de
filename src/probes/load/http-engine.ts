// The generator's HTTP engine, for both load models: one raw TCP socket per connection (TLS
// over it for an https target, certificates verified as undici verified them), as wrk
// and autocannon do, keep-alive with one request in flight (no pipelining). A request without
// templates is serialized once and written as the same Buffer every time; a templated one is
// rendered into one string per request. Answers are read by a minimal parser
// (http-parser.ts) straight from one read buffer shared by every socket of the thread (node's
// `onread`: no Buffer, stream chunk or 'data' event per read). Timeouts are one sweep per
// engine over the connections' deadlines, never a timer per request. Against nginx on loopback
// this costs ~17-22 µs of CPU per request where an undici Client per connection cost ~24-35
// (bench/http-clients.ts, bench/generator-ceiling.ts, docs/benchmarks.md, issue #16).
import { connect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { ERROR, NEED, ResponseParser } from './http-parser.ts';
import { materialize, type PreparedRequest } from './request-mix.ts';

/** What became of one request: an HTTP status, or the error that ended it (errorCause names it). */
export type Done = (status: number, error?: unknown) => void;

/** Errors as plain objects: no stack trace is captured when a dead target fails thousands of
 * requests a second. `code` is the cause the step records (step-recorder.ts errorCause). */
export interface EngineError {
  code: string;
  message: string;
}
const INVALID_VALUE: EngineError = { code: 'ERR_INVALID_CHAR', message: 'a rendered path or header value holds a line break' };
const BREAKS = /[\r\n\0]/;
const CLOSED: EngineError = { code: 'ECONNCLOSED', message: 'the connection closed before the answer was complete' };

/** At most this many connections are being opened at once (open model): requests due at the
 * start of a step would otherwise each open a connection before the first one is up, hundreds
 * in a burst that stalls the event loop for half a second. Requests beyond it wait in the open
 * model's queue, their clock running from their intended time. */
export const MAX_OPENING = 32;

/** How often busy connections are checked against their deadline. A timeout is reported up to
 * this late; one sweep per engine costs ~1 µs per 100 connections. */
const SWEEP_MS = 100;

/** A request is written at once, from its answer's callback, while this turn of the event loop
 * has written for less than this; later ones wait for the check phase (setImmediate), which
 * writes for at most FLUSH_BUDGET_MS and leaves the rest to the next turns, oldest first.
 * Written at once without a bound, each answer read in libuv's poll phase sends a request whose
 * answer is ready by the next epoll_wait, and libuv polls again while 1,024 events come back
 * (up to 48 times): at 5,000 connections one turn ran for up to a second, a stall every answer
 * in flight was timed with. Bounded, a turn reads what was in flight and writes for a few ms. */
const TURN_BUDGET_MS = 8;
const FLUSH_BUDGET_MS = 4;

/** Every socket of this thread reads into this buffer: each read is parsed before the next. */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

/** One keep-alive connection: a socket (opened again after a close), its parser and the
 * request in flight, if any. */
export class Connection {
  socket: Socket | undefined;
  readonly parser = new ResponseParser();
  done: Done | undefined;
  deadline = 0;
  /** When the request in flight was handed to send() and when it was written: the closed model
   * times its answer from the write; the gap is the generator holding it back (heldMs). */
  calledAt = 0;
  sentAt = 0;
  /** The request waiting to be written, and whether the connection is in the write queue. */
  out: Buffer | string | undefined;
  queued = false;
  /** Never connected yet. */
  fresh = true;
}

/** How long the generator held the request in flight on `c` back before writing it (a busy turn
 * defers writes, TURN_BUDGET_MS): the generator's own delay, which the trust rule judges with
 * the rest of its send lag (ramp.ts), never the target's. */
export function heldMs(c: Connection, now = performance.now()): number {
  // Never written (it failed while it waited): held until now.
  return (c.sentAt >= c.calledAt ? c.sentAt : now) - c.calledAt;
}

export class Connections {
  private readonly idle: Connection[] = [];
  private readonly all: Connection[] = [];
  /** Sockets connecting now. */
  private connecting = 0;
  private readonly host: string;
  /** An https target: TLS over each socket, certificates verified (as undici did). */
  private readonly tls: boolean;
  private readonly port: number;
  private readonly hostHeader: string;
  private readonly timeoutError: EngineError;
  /** Serialized requests without templates, built on first use. */
  private readonly wire = new WeakMap<PreparedRequest, Buffer>();
  private sweeper: NodeJS.Timeout | undefined;
  /** Connections with a request to write, oldest first, from `head` on. */
  private writes: Connection[] = [];
  private head = 0;
  private flushing: NodeJS.Immediate | undefined;
  /** When this turn's first request was sent (0: none yet). */
  private turnStart = 0;

  constructor(
    origin: string,
    private readonly max: number,
    private readonly timeoutMs: number,
    /** Called when a connection being opened is up (or failed): room to open another. */
    private readonly onOpened?: () => void,
  ) {
    const u = new URL(origin);
    this.tls = u.protocol === 'https:';
    this.host = u.hostname.replace(/^\[|\]$/g, '');
    this.port = Number(u.port || (this.tls ? 443 : 80));
    this.hostHeader = u.host;
    this.timeoutError = { code: 'timeout', message: `no answer within ${timeoutMs} ms` };
  }

  /** An idle connection, or a new one while fewer than `max` are open; else none. */
  acquire(limitOpening = false): Connection | undefined {
    const c = this.idle.pop();
    if (c) return c;
    if (this.all.length >= this.max || (limitOpening && this.connecting >= MAX_OPENING)) return undefined;
    const fresh = new Connection();
    this.all.push(fresh);
    // Counted as opening from now: its socket is made when its first request is written, which
    // under load is a turn later, and the open model must not take more fresh ones meanwhile.
    this.connecting++;
    this.sweeper ??= setInterval(() => this.sweep(), SWEEP_MS).unref();
    return fresh;
  }

  release(c: Connection): void {
    this.idle.push(c);
  }

  get open(): number {
    return this.all.length;
  }

  /** Sends the `n`th request on `c` (idle: no request in flight); `done` is called once. The
   * timeout runs from now; the write may wait a turn or two under load (TURN_BUDGET_MS). */
  send(c: Connection, req: PreparedRequest, n: number, done: Done): void {
    const now = performance.now();
    c.done = done;
    c.calledAt = now;
    c.deadline = now + this.timeoutMs;
    c.parser.reset(req.method === 'HEAD');
    const out = req.render ? this.serialize(req, n) : this.serialized(req);
    if (out === undefined) {
      // Never written: a line break in a rendered path or header would split the request (a
      // data row's value could smuggle a second request into the target).
      c.done = undefined;
      queueMicrotask(() => done(0, INVALID_VALUE));
      return;
    }
    c.out = out;
    if (this.turnStart === 0) {
      // The first send of this turn's poll phase: the flush closes the turn in the check phase.
      this.turnStart = now;
      this.flushing ??= setImmediate(this.flush);
    }
    // Written now while the turn is young and nothing older waits; else queued, in order.
    if (!c.queued && this.head === this.writes.length && now - this.turnStart < TURN_BUDGET_MS) {
      this.write(c, now);
      return;
    }
    // A connection failed while queued keeps its place: its new request goes out there.
    if (!c.queued) {
      c.queued = true;
      this.writes.push(c);
    }
  }

  private write(c: Connection, now: number): void {
    const out = c.out!;
    c.out = undefined;
    c.sentAt = now;
    // Written before the socket is up, the request waits in the socket until it connects.
    (c.socket ?? this.connect(c)).write(out);
  }

  private readonly flush = (): void => {
    this.flushing = undefined;
    this.turnStart = 0;
    const until = performance.now() + FLUSH_BUDGET_MS;
    const q = this.writes;
    while (this.head < q.length) {
      const c = q[this.head++]!;
      c.queued = false;
      // Failed (timeout) or closed since it was queued: nothing to write.
      if (!c.done || c.out === undefined) continue;
      const now = performance.now();
      this.write(c, now);
      if (now > until) break;
    }
    if (this.head === q.length) {
      q.length = 0;
      this.head = 0;
    } else {
      if (this.head > 1024) {
        this.writes = q.slice(this.head);
        this.head = 0;
      }
      this.flushing = setImmediate(this.flush);
    }
  };

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    if (this.flushing) clearImmediate(this.flushing);
    this.flushing = undefined;
    this.turnStart = 0;
    this.writes.length = 0;
    this.head = 0;
    for (const c of this.all) {
      c.done = undefined;
      this.drop(c);
    }
    this.all.length = 0;
    this.idle.length = 0;
  }

  private serialized(req: PreparedRequest): Buffer | undefined {
    let b = this.wire.get(req);
    if (!b) {
      const text = this.serialize(req, 0);
      if (text === undefined) return undefined;
      b = Buffer.from(text);
      this.wire.set(req, b);
    }
    return b;
  }

  /** The request as HTTP/1.1 text: undici's framing (Host first, Content-Length for a body);
   * undefined when a rendered path or header value holds a line break (or NUL). */
  private serialize(req: PreparedRequest, n: number): string | undefined {
    const r = materialize(req, n);
    if (BREAKS.test(r.path) || Object.values(r.headers).some((v) => BREAKS.test(v))) return undefined;
    let head = `${req.method} ${r.path} HTTP/1.1\r\n`;
    let host = false;
    for (const k in r.headers) {
      if (k.length === 4 && k.toLowerCase() === 'host') host = true;
      head += `${k}: ${r.headers[k]}\r\n`;
    }
    if (!host) head = head.replace('\r\n', `\r\nhost: ${this.hostHeader}\r\n`);
    if (r.body !== undefined) return `${head}content-length: ${Buffer.byteLength(r.body)}\r\n\r\n${r.body}`;
    // A method that expects a body gets an explicit empty one, as undici sends it.
    if (req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH') head += 'content-length: 0\r\n';
    return `${head}\r\n`;
  }

  private connect(c: Connection): Socket {
    let connecting = true;
    const opened = () => {
      if (!connecting) return;
      connecting = false;
      this.connecting--;
      this.onOpened?.();
    };
    // A fresh connection was counted when acquired; a reconnection counts from here.
    if (c.fresh) c.fresh = false;
    else this.connecting++;
    // TLS sockets read through their stream ('data'); node's `onread` is for plain sockets.
    const socket: Socket = this.tls
      ? tlsConnect({ host: this.host, port: this.port, ALPNProtocols: ['http/1.1'], ...(isIP(this.host) ? {} : { servername: this.host }) })
      : connect({
          host: this.host,
          port: this.port,
          noDelay: true,
          // `false` would pause the socket: reading never stops while the connection is in use.
          onread: {
            buffer: READ_BUFFER,
            callback: (nread: number) => {
              this.read(c, socket, READ_BUFFER, nread);
              return true;
            },
          },
        });
    if (this.tls) {
      socket.setNoDelay(true);
      socket.on('data', (d: Buffer) => this.read(c, socket, d, d.length));
    }
    c.socket = socket;
    socket.once('connect', opened);
    // A request still waiting to be written (c.out) was not sent on this socket: it goes out
    // on a new one (an idle keep-alive connection the server closed is no failure).
    socket.on('error', (err: NodeJS.ErrnoException) => {
      opened();
      if (c.socket !== socket) return;
      c.socket = undefined;
      if (c.out === undefined) this.fail(c, err.code ? err : CLOSED);
    });
    socket.on('close', () => {
      opened();
      if (c.socket !== socket) return;
      c.socket = undefined;
      if (c.out !== undefined) return;
      // A response delimited by the close is complete now; any other is cut short.
      if (c.done && c.parser.finish()) this.complete(c);
      else this.fail(c, CLOSED);
    });
    // The peer's FIN: close our side too ('close' follows and settles the request).
    socket.on('end', () => socket.destroy());
    return socket;
  }

  private read(c: Connection, socket: Socket, buf: Buffer, nread: number): void {
    if (c.socket !== socket) return;
    // Bytes with no request in flight answer nothing: the socket is not trusted again.
    if (!c.done) {
      this.drop(c);
      return;
    }
    const r = c.parser.execute(buf, 0, nread);
    if (r === NEED) return;
    if (r === ERROR) {
      const code = c.parser.error;
      this.drop(c);
      this.fail(c, { code, message: `the answer is not valid HTTP (${code})` });
      return;
    }
    // Bytes past the answer, with one request in flight, answer nothing: the answer counts, the
    // socket is not used again.
    if (r < nread) this.drop(c);
    this.complete(c);
  }

  /** The answer is complete; the request's state is cleared first, since `done` may send the
   * next request on this connection at once. */
  private complete(c: Connection): void {
    const done = c.done!;
    c.done = undefined;
    if (!c.parser.keepAlive) this.drop(c);
    done(c.parser.status);
  }

  private fail(c: Connection, err: EngineError | Error): void {
    const done = c.done;
    c.done = undefined;
    done?.(0, err);
  }

  /** Forgets the connection's socket (its late events are ignored); the next send reconnects. */
  private drop(c: Connection): void {
    const s = c.socket;
    c.socket = undefined;
    s?.destroy();
  }

  private sweep(): void {
    const now = performance.now();
    for (const c of this.all) {
      if (c.done && now > c.deadline) {
        this.drop(c);
        this.fail(c, this.timeoutError);
      }
    }
  }
}
