// A small site that fails in the ways a page can (test/e2e/web-failclosed and web-signals):
// `/` is a plain page, `/hang-sub` paints but one image never arrives, `/hang-doc` never answers.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const PAGE = '<!doctype html><html><head><title>ok</title></head><body><h1>hello</h1><p>a small page</p></body></html>';

export interface HangingSite {
  base: string;
  /** Resolves when the page next asks for /hang-doc: the moment a journey step is stuck, whatever the machine's load. */
  hangDocAsked(): Promise<void>;
  close(): Promise<void>;
}

export async function startHangingSite(): Promise<HangingSite> {
  const held: ServerResponse[] = [];
  let onHangDoc: (() => void) | undefined;
  const server = createServer((req, res) => {
    switch (req.url) {
      case '/':
        res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
        return;
      case '/hang-sub':
        // The document arrives and paints; an image never does, so the load event never fires.
        res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body><h1>almost</h1><img src="/never.js" alt=""></body></html>');
        return;
      case '/never.js':
      case '/hang-doc':
        held.push(res); // headers never sent, never ended
        if (req.url === '/hang-doc') onHangDoc?.();
        return;
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hangDocAsked: () => new Promise<void>((r) => (onHangDoc = r)),
    async close() {
      for (const r of held) r.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
