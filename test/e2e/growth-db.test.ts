// Playbook §2.4 on the demo service with a database pool of 10 against a real PostgreSQL:
// the growth projection names the connection pool as the first resource to break.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScratchCluster, type ScratchCluster } from '../../src/probes/migrate/scratch-cluster.ts';
import { readResult, runCli, tempDir } from '../helpers.ts';

let pg: ScratchCluster;
beforeAll(async () => {
  pg = await startScratchCluster();
});
afterAll(async () => {
  await pg?.stop();
});

describe('growth projection with a database pool', () => {
  it('names the pool first, below 10x, with the playbook warnings', async () => {
    const db = `postgres://${pg.user}:${encodeURIComponent(pg.password)}@${pg.host}:${pg.port}/postgres`;
    const out = tempDir();
    const r = await runCli([
      'ramp',
      '--target-cmd',
      `${process.execPath} --import tsx src/demo/demo-service.ts --port {port} --capacity 1000 --delay-ms 20 --db-url ${db} --pool 10`,
      '--target',
      'http://127.0.0.1:{port}/api/items',
      '--health',
      '/health',
      '--steps',
      '2,4,6,8',
      '--step-duration',
      '2s',
      '--warmup',
      '0.5s',
      '--expect',
      '4',
      '--metrics-url',
      'http://127.0.0.1:{port}/metrics',
      '--gauge',
      'db pool=db_pool_active:db_pool_max',
      '--db-url',
      db,
      '--gates',
      'gates/growth.gates.yaml',
      '--out',
      out,
    ]);
    expect(r.stderr).not.toMatch(/internal error/);
    const result = readResult(out);
    const load = result.probes.load!;
    expect(load.status).toBe('ok');
    // Per step: the pool gauge with its limit read from db_pool_max, and the database's view.
    const s4 = load.steps.find((s) => s.level === 4)!;
    expect(s4.resources!.gauges!['db pool']!.limit).toBe(10);
    expect(s4.resources!.gauges!['db pool']!.mean).toBeGreaterThan(1);
    expect(s4.resources!.db!.maxConnections).toBeGreaterThan(10);
    expect(s4.resources!.db!.connections.max).toBeGreaterThanOrEqual(2);
    const p = load.projection!;
    expect(p.current).toBe(4);
    expect(p.factor).toBe(10);
    expect(p.firstToBreak!.name).toBe('db pool');
    expect(p.firstToBreak!.multiple).toBeLessThan(10);
    const pool = p.resources.find((x) => x.name === 'db pool')!;
    expect(pool.utilizationProjected).toBeGreaterThan(1);
    // Warn-level gates: the pool does not survive 10x, so the verdict warns but passes.
    expect(result.gates.find((g) => g.id === 'survives-10x')).toMatchObject({ outcome: 'warn' });
    expect(result.verdict).toBe('warn');
    expect(r.code).toBe(0);
    // The password never leaves the process.
    expect(r.stdout + r.stderr).not.toContain(pg.password);
  });
});
