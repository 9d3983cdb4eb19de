// A target whose memory behaviour is known, for soak tests: run with node --expose-gc.
//   --mode leak      keeps a --leak-kb buffer (16 KB) per request forever (RSS rises as much per request)
//   --mode sawtooth  keeps a --kb buffer (256 KB) per request and drops them all every --period-ms,
//                    then collects: RSS climbs and falls back to its floor, again and again
//   --mode flat      keeps nothing
// Run with MALLOC_MMAP_THRESHOLD_=131072 so glibc hands 256 KB buffers back to the system when
// freed (its dynamic threshold would otherwise keep them in the heap, and RSS would not fall).
// Prints `listening http://127.0.0.1:PORT` when ready.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'flat' },
    port: { type: 'string', default: '0' },
    'period-ms': { type: 'string', default: '8000' },
    kb: { type: 'string', default: '256' },
    'leak-kb': { type: 'string', default: '16' },
  },
});
const kept: Buffer[] = [];
const gc = (globalThis as { gc?: () => void }).gc;
if (values.mode === 'sawtooth') {
  setInterval(() => {
    kept.length = 0;
    gc?.();
  }, Number(values['period-ms'])).unref();
}
const server = createServer((req, res) => {
  if (values.mode === 'leak') kept.push(Buffer.alloc(Number(values['leak-kb']) * 1024, 1));
  else if (values.mode === 'sawtooth' && req.url !== '/health') kept.push(Buffer.alloc(Number(values.kb) * 1024, 1));
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('ok\n');
});
server.keepAliveTimeout = 30_000;
server.listen(Number(values.port), '127.0.0.1', () => {
  const a = server.address();
  process.stdout.write(`listening http://127.0.0.1:${typeof a === 'object' && a ? a.port : values.port}\n`);
});
process.on('SIGTERM', () => process.exit(0));
