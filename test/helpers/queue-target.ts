// A single-worker server with a FIFO queue, for spike tests: each request takes exactly
// --service-ms of the worker's time, one after another, so it serves 1000/service-ms requests
// per second and a backlog drains at (capacity − arrival rate) per second: arithmetic a
// recovery measurement can be checked against. /health answers at once (outside the queue).
// Prints `listening http://127.0.0.1:PORT` when ready.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, 'service-ms': { type: 'string', default: '10' } } });
const serviceMs = Number(values['service-ms']);
let freeAt = 0; // when the worker finishes everything queued so far

const server = createServer((req, res) => {
  if (req.url === '/health') {
    res.end('ok\n');
    return;
  }
  const now = performance.now();
  freeAt = Math.max(now, freeAt) + serviceMs;
  setTimeout(() => res.end('done\n'), freeAt - now);
});
server.keepAliveTimeout = 60_000;
server.listen(Number(values.port), '127.0.0.1', () => {
  const a = server.address();
  process.stdout.write(`listening http://127.0.0.1:${typeof a === 'object' && a ? a.port : values.port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
