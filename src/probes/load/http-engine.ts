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

export class Connections {
  private readonly idle: Client[] = [];
  private opened = 0;
  private readonly all: Client[] = [];

  constructor(
    private readonly origin: string,
    private readonly max: number,
    private readonly timeoutMs: number,
  ) {}

  /** An idle connection, or a new one while fewer than `max` are open; else none. */
  acquire(): Client | undefined {
    const c = this.idle.pop();
    if (c) return c;
    if (this.opened >= this.max) return undefined;
    this.opened++;
    const client = new Client(this.origin, {
      pipelining: 1,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
      connectTimeout: this.timeoutMs,
    });
    this.all.push(client);
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
