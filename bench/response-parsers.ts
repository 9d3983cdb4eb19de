// Which response parser for the load engine (http-engine.ts)? Parses one real nginx answer
// (the static page of bench/generator-ceiling.ts, captured from a socket) over and over, as
// one read each, and prints the CPU per response: the engine's own parser (http-parser.ts),
// llhttp as undici ships it (WebAssembly, the SIMD build when it loads; bytes copied into the
// wasm memory per read, as undici does; callbacks that only keep the status), node's own
// llhttp binding (the C++ one node:http uses, reached through the internal `_http_common`),
// and http-parser-js (pure JS, autocannon's). A parser costs the engine this per request on
// top of the socket work (~5-10 µs per request in the kernel and libuv).
//
//   npx tsx bench/response-parsers.ts [--count 300000]
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { parseArgs } from 'node:util';
import { NEED, ResponseParser } from '../src/probes/load/http-parser.ts';
import { startNginx } from '../test/helpers/nginx.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '300000' } } });
const COUNT = Number(values.count);
const require = createRequire(import.meta.url);

async function capture(url: URL): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const s = connect(Number(url.port), url.hostname, () => s.write(`GET ${url.pathname} HTTP/1.1\r\nhost: ${url.host}\r\nconnection: close\r\n\r\n`));
    s.on('data', (d: Buffer) => chunks.push(d));
    s.on('end', () => resolve(Buffer.concat(chunks)));
    s.on('error', reject);
  });
}

function time(name: string, parse: () => number): void {
  for (let i = 0; i < 20_000; i++) parse(); // warm: optimized before the window
  const c0 = process.cpuUsage();
  let ok = 0;
  for (let i = 0; i < COUNT; i++) ok += parse() === 200 ? 1 : 0;
  const c = process.cpuUsage(c0);
  if (ok !== COUNT) throw new Error(`${name}: ${COUNT - ok} responses not parsed as 200`);
  console.log(`${name.padEnd(40)} ${(((c.user + c.system) / COUNT) * 1000).toFixed(0).padStart(6)} ns per response`);
}

function ours(res: Buffer): () => number {
  const p = new ResponseParser();
  return () => {
    p.reset(false);
    const r = p.execute(res, 0, res.length);
    return r === NEED || r < 0 ? 0 : p.status;
  };
}

function undiciLlhttp(res: Buffer): () => number {
  const dir = require.resolve('undici').replace(/index\.js$/, 'lib/llhttp/');
  const { TYPE } = require(`${dir}constants.js`) as { TYPE: { RESPONSE: number } };
  let mod: WebAssembly.Module;
  let build = 'SIMD';
  try {
    mod = new WebAssembly.Module(require(`${dir}llhttp_simd-wasm.js`));
  } catch {
    build = 'plain';
    mod = new WebAssembly.Module(require(`${dir}llhttp-wasm.js`));
  }
  let status = 0;
  const cb = () => 0;
  const inst = new WebAssembly.Instance(mod, {
    env: {
      wasm_on_url: cb,
      wasm_on_status: cb,
      wasm_on_message_begin: cb,
      wasm_on_header_field: cb,
      wasm_on_header_value: cb,
      wasm_on_headers_complete: (_p: number, s: number) => {
        status = s;
        return 0;
      },
      wasm_on_body: cb,
      wasm_on_message_complete: cb,
    },
  });
  const ll = inst.exports as Record<string, (...a: number[]) => number> & { memory: WebAssembly.Memory };
  const ptr = ll.llhttp_alloc!(TYPE.RESPONSE);
  const buf = ll.malloc!(4096);
  console.log(`  (undici's llhttp: the ${build} build)`);
  return () => {
    status = 0;
    new Uint8Array(ll.memory.buffer, buf, 4096).set(res);
    return ll.llhttp_execute!(ptr, buf, res.length) === 0 ? status : 0;
  };
}

function nodeLlhttp(res: Buffer): () => number {
  // biome-ignore lint/suspicious/noExplicitAny: node's internal parser has no types
  const { HTTPParser } = require('node:_http_common') as { HTTPParser: any };
  const p = new HTTPParser();
  let status = 0;
  p[HTTPParser.kOnHeadersComplete] = (_v: number, _vm: number, _h: unknown, _m: unknown, _u: unknown, s: number) => {
    status = s;
    return 0;
  };
  p[HTTPParser.kOnBody] = () => undefined;
  p[HTTPParser.kOnMessageComplete] = () => undefined;
  p.initialize(HTTPParser.RESPONSE, {});
  return () => {
    status = 0;
    const r = p.execute(res);
    return typeof r === 'number' ? status : 0;
  };
}

function httpParserJs(res: Buffer): () => number {
  // biome-ignore lint/suspicious/noExplicitAny: http-parser-js ships no types
  const { HTTPParser } = require('http-parser-js') as { HTTPParser: any };
  const p = new HTTPParser(HTTPParser.RESPONSE);
  let status = 0;
  p[HTTPParser.kOnHeadersComplete] = (info: { statusCode: number }) => {
    status = info.statusCode;
  };
  p[HTTPParser.kOnBody] = () => undefined;
  p[HTTPParser.kOnMessageComplete] = () => undefined;
  return () => {
    status = 0;
    p.execute(res);
    return status;
  };
}

const nginx = await startNginx({ rate: 1000 });
try {
  const res = await capture(new URL(`${nginx.url}/static/`));
  // The engine asks for keep-alive answers: the captured one is the same but for this header.
  const keepAlive = Buffer.from(res.toString('latin1').replace(/Connection: close/i, 'Connection: keep-alive'), 'latin1');
  console.log(`one nginx answer, ${keepAlive.length} bytes, parsed ${COUNT} times:`);
  for (let round = 0; round < 2; round++) {
    time("engine's parser (http-parser.ts)", ours(keepAlive));
    time("undici's llhttp (wasm)", undiciLlhttp(keepAlive));
    time("node's llhttp (C++, internal)", nodeLlhttp(keepAlive));
    time('http-parser-js', httpParserJs(keepAlive));
  }
} finally {
  await nginx.stop();
}
