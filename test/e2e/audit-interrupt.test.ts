// Ctrl-C / SIGTERM during a live `npm audit` whose registry never answers: the npm process
// group is killed, the partial result.json says interrupted, and the exit code is 130 —
// long before npm's own or shipgate's --timeout would have ended it.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { readResult, spawnCli, tempDir } from '../helpers.ts';
import { startFakeRegistry, type FakeRegistry } from '../helpers/fake-npm-registry.ts';
import { stillAlive, waitForDescendant } from '../helpers/proc-tree.ts';

describe('interrupting a live audit', () => {
  let registry: FakeRegistry | undefined;
  afterEach(async () => {
    await registry?.close();
    registry = undefined;
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} while the registry hangs → exit 130 within seconds, partial result, no npm left`, async () => {
      registry = await startFakeRegistry({ kind: 'hang' });
      const dir = join(tempDir(), 'app');
      cpSync('test/fixtures/lockfiles/vuln-app-v3', dir, { recursive: true });
      const out = tempDir();
      const run = spawnCli(['audit', '--dir', dir, '--timeout', '5m', '--out', out], { env: { npm_config_registry: registry.url } });
      const npm = await waitForDescendant(run.child.pid!, /npm/);
      // npm is inside the audit: its advisory request reached the registry, which holds it.
      const until = Date.now() + 30_000;
      while (!registry.requests.some((r) => r.url.startsWith('/-/npm/v1/security/'))) {
        if (Date.now() > until) throw new Error(`npm never asked the registry: ${run.stderr()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const sentAt = performance.now();
      run.child.kill(signal);
      const { code, at } = await run.exited;
      expect(code, run.stderr()).toBe(130);
      expect(at - sentAt).toBeLessThan(4000);
      const r = readResult(out);
      expect(r.interrupted).toBe(true);
      expect(r.verdict).toBe('error');
      expect(r.probes.audit).toMatchObject({ status: 'error', source: 'npm-audit' });
      expect(r.probes.audit!.message).toMatch(/npm audit --json was stopped: the run was interrupted/);
      expect(stillAlive(npm)).toEqual([]);
    }, 60_000);
  }
});
