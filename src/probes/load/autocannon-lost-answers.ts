// autocannon 8 drops a request without a trace when its connection ends before the answer:
// it ignores its HTTP parser's error and reconnects. A target answering garbage, or closing
// connections without answering, looked healthy (0% errors, just fewer requests). Here such a
// request becomes an error named by its cause, as in the open model (undici): the parser's
// code (HPE_INVALID_CONSTANT...) or ECONNCLOSED. Importing this module patches autocannon's
// client once for the process.
import { createRequire } from 'node:module';

interface Parser {
  execute(chunk: Buffer): number | Error;
  initialize(type: string): void;
  hadError: boolean;
  type: string;
}

interface AutocannonClient {
  conn: NodeJS.EventEmitter;
  destroyed: boolean;
  parser: Parser;
  pipelinedRequests: { size(): number; clear(): void };
  emit(event: string, ...args: unknown[]): boolean;
  on(event: string, fn: (...args: never[]) => void): void;
  /** Set here: the parser's last error, and whether the last answer announced Connection: close. */
  shipgateParseError?: Error | undefined;
  shipgateCloseAnnounced?: boolean;
  shipgateWatched?: boolean;
}

const require = createRequire(import.meta.url);
const Client = require('autocannon/lib/httpClient.js') as { prototype: { _connect(this: AutocannonClient): void } };
const connect = Client.prototype._connect;

Client.prototype._connect = function (this: AutocannonClient) {
  if (!this.shipgateWatched) {
    this.shipgateWatched = true;
    const execute = this.parser.execute.bind(this.parser);
    this.parser.execute = (chunk) => {
      const n = execute(chunk);
      if (n instanceof Error) this.shipgateParseError = n;
      return n;
    };
    this.on('headers', (info: { shouldKeepAlive?: boolean }) => (this.shipgateCloseAnnounced = info.shouldKeepAlive === false));
  }
  // A new connection starts with a clean parser (autocannon keeps a failed one for good).
  if (this.parser.hadError) this.parser.initialize(this.parser.type);
  this.shipgateParseError = undefined;
  this.shipgateCloseAnnounced = false;
  connect.call(this);
  // Runs before autocannon's own 'end' listener, which reconnects.
  this.conn.prependListener('end', () => {
    if (this.destroyed || this.pipelinedRequests.size() === 0) return;
    // The answer is gone with the connection; its queue entry would time the next answer.
    this.pipelinedRequests.clear();
    const parseError = this.shipgateParseError;
    // A server that said Connection: close did nothing wrong; autocannon wrote the next
    // request on the closing connection anyway and sends it again on the new one.
    if (!parseError && this.shipgateCloseAnnounced) return;
    this.emit('connError', parseError ?? Object.assign(new Error('the target closed the connection without answering'), { code: 'ECONNCLOSED' }));
  });
};
