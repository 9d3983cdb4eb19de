// The generator's HTTP engine: one undici Client per connection, each request dispatched with
// a plain handler object. Measured against nginx on loopback (bench/http-clients.ts), this is
// the cheapest of undici's Pool + request() + body.dump() (3-4x the CPU per request: a
// promise, a body stream and an AbortSignal timer each), Pool + dispatch() (the Pool's
// balancing) and node:http's keep-alive Agent. Timeouts are the Client's own headersTimeout
// and bodyTimeout, which undici keeps on one shared timer wheel, never a timer per request.
import { Client } from 'undici';
import type { RenderedRequest } from './request-mix.ts';

export interface EngineRequest extends RenderedRequest {
  method: string;
}

/** What became of one request: an HTTP status, or the error that ended it. */
export type Done = (status: number, error?: unknown) => void;

/** A handler object per request, no closures: undici calls these methods in order. */
class Exchange {
  status = 0;
  constructor(private readonly done: Done) {}
  onConnect(): void {}
  onHeaders(status: number): boolean {
    this.status = status;
    return true;
  }
  onData(): boolean {
    return true;
  }
  onComplete(): void {
    this.done(this.status);
  }
  onError(err: Error): void {
    this.done(0, err);
  }
}

/** At most this many connections are being opened at once (open model): requests due at the
 * start of a step would otherwise each open a connection before the first one is up, hundreds
 * in a burst that stalls the event loop for half a second. Requests beyond it wait in the open
 * model's queue, their clock running from their intended time. */
export const MAX_OPENING = 32;

export class Connections {
  private readonly idle: Client[] = [];
  private opened = 0;
  private readonly all: Client[] = [];
  /** Connections not connected yet. */
  private readonly opening = new Set<Client>();

  constructor(
    private readonly origin: string,
    private readonly max: number,
    private readonly timeoutMs: number,
    /** Called when a connection being opened is up (or failed): room to open another. */
    private readonly onOpened?: () => void,
  ) {}

  /** An idle connection, or a new one while fewer than `max` are open; else none. */
  acquire(limitOpening = false): Client | undefined {
    const c = this.idle.pop();
    if (c) return c;
    if (this.opened >= this.max || (limitOpening && this.opening.size >= MAX_OPENING)) return undefined;
    this.opened++;
    const client = new Client(this.origin, {
      pipelining: 1,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
      connectTimeout: this.timeoutMs,
    });
    this.all.push(client);
    this.opening.add(client);
    const opened = () => {
      if (this.opening.delete(client)) this.onOpened?.();
    };
    client.once('connect', opened);
    client.once('connectionError', opened);
    return client;
  }

  release(c: Client): void {
    this.idle.push(c);
  }

  get open(): number {
    return this.opened;
  }

  send(c: Client, r: EngineRequest, done: Done): void {
    c.dispatch({ path: r.path, method: r.method, headers: r.headers, body: r.body ?? null }, new Exchange(done));
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((c) => c.destroy().catch(() => undefined)));
    this.all.length = 0;
    this.idle.length = 0;
  }
}
