// A loopback npm registry for tests: answers npm's bulk advisory endpoint the way a test
// needs (405 like a mirror that refuses audits, malformed JSON, silence, or real advisories
// built from OSV files), serves minimal packuments for `npm outdated`, and 404s everything
// else. Records what it was asked.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export type RegistryMode =
  | { kind: '405' }
  | { kind: 'malformed' }
  | { kind: 'hang' }
  | { kind: 'advisories'; bulk: (asked: Record<string, string[]>) => unknown };

export interface FakeRegistry {
  url: string;
  requests: Array<{ method: string; url: string }>;
  close(): Promise<void>;
}

/** `packuments`: package name → published versions (the last is "latest"). */
export async function startFakeRegistry(mode: RegistryMode, packuments: Record<string, string[]> = {}): Promise<FakeRegistry> {
  const requests: FakeRegistry['requests'] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '' });
      if (!req.url?.startsWith('/-/npm/v1/security/')) {
        const name = decodeURIComponent(req.url?.slice(1) ?? '');
        const versions = packuments[name];
        if (!versions) {
          res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
          return;
        }
        const manifest = (version: string) => ({ name, version, dist: { tarball: `http://127.0.0.1/${name}-${version}.tgz` } });
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ name, 'dist-tags': { latest: versions.at(-1) }, versions: Object.fromEntries(versions.map((v) => [v, manifest(v)])) }));
        return;
      }
      switch (mode.kind) {
        case '405':
          res.writeHead(405, { allow: 'GET, HEAD' }).end();
          return;
        case 'malformed':
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"lodash": [ {"id": 1, ');
          return;
        case 'hang':
          hanging.push(res);
          return;
        case 'advisories': {
          const raw = Buffer.concat(chunks);
          const body = req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(mode.bulk(JSON.parse(body.toString()))));
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of hanging) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** npm's bulk advisory answer ({name: [{id, url, title, severity, vulnerable_versions}]}) from OSV records. */
export function bulkFromOsv(records: unknown[]): (asked: Record<string, string[]>) => unknown {
  return (asked) => {
    const out: Record<string, unknown[]> = {};
    records.forEach((r, i) => {
      const osv = r as {
        id: string;
        summary: string;
        database_specific: { severity: string };
        affected: Array<{ package: { name: string }; ranges: Array<{ events: Array<Record<string, string>> }> }>;
      };
      osv.affected.forEach((a, j) => {
        if (!asked[a.package.name]) return;
        const range = a.ranges[0]!.events.map((e) => (e.introduced ? (e.introduced === '0' ? '' : `>=${e.introduced}`) : e.fixed ? `<${e.fixed}` : ''))
          .filter(Boolean)
          .join(' ');
        (out[a.package.name] ??= []).push({
          id: 1000 + 10 * i + j,
          url: `https://github.com/advisories/${osv.id}`,
          title: osv.summary,
          severity: osv.database_specific.severity.toLowerCase(),
          vulnerable_versions: range,
          cwe: [],
          cvss: { score: 0, vectorString: null },
        });
      });
    });
    return out;
  };
}
