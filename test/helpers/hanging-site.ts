// A small site that fails in the ways a page can (test/e2e/web-failclosed and web-signals):
// `/` is a plain page, `/hang-sub` paints but one image never arrives, `/hang-doc` never answers.
import { writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { tempDir } from '../helpers.ts';

const PAGE = '<!doctype html><html><head><title>ok</title></head><body><h1>hello</h1><p>a small page</p></body></html>';

export interface HangingSite {
  base: string;
  /** Resolves when the page next asks for /hang-doc: the moment a journey step is stuck, whatever the machine's load. */
  hangDocAsked(): Promise<void>;
  /** A journey file whose step fetches /hang-doc and so never ends before `timeoutMs`. */
  stuckJourney(timeoutMs: number): string;
  close(): Promise<void>;
}

/** The site for this test file: started before its tests, closed after them. Read its fields
 * inside tests (they are filled in by the beforeAll). */
export function useHangingSite(): HangingSite {
  const site = {} as HangingSite;
  beforeAll(async () => {
    Object.assign(site, await startHangingSite());
  });
  afterAll(() => site.close?.());
  return site;
}

/** `shipgate web` on desktop into `out`, with more arguments. */
export const webArgs = (out: string, ...args: string[]) => ['web', '--device', 'desktop', '--out', out, ...args];

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
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    hangDocAsked: () => new Promise<void>((r) => (onHangDoc = r)),
    stuckJourney(timeoutMs) {
      const journey = join(tempDir(), 'stuck.journey.mts');
      writeFileSync(
        journey,
        `export default { name: 'stuck', start: '${base}/', marks: ['a', 'b'], metrics: { wait: ['a', 'b'] }, timeoutMs: ${timeoutMs},
        async steps({ page, mark }) { mark('a'); await page.evaluate(() => fetch('/hang-doc')); mark('b'); } };\n`,
      );
      return journey;
    },
    async close() {
      for (const r of held) r.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
