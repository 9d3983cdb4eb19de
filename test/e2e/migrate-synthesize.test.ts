// Dataset synthesis on a real PostgreSQL: every generator lands with the right type, range,
// null fraction and foreign keys, by binary COPY and by the text fallback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openScratchServer, type ScratchServer } from '../../src/probes/migrate/scratch-server.ts';
import { DatasetSpec, loadOrder, parseDataset, scaledRows } from '../../src/probes/migrate/dataset.ts';
import { synthesize } from '../../src/probes/migrate/synthesize.ts';
import { canCopyBinary } from '../../src/probes/migrate/row-generator.ts';
import { UsageError } from '../../src/core/errors.ts';

let server: ScratchServer;
let c: pg.Client;

beforeAll(async () => {
  server = await openScratchServer({});
  const db = await server.createDatabase();
  c = new pg.Client({ connectionString: db.url });
  await c.connect();
});
afterAll(async () => {
  await c?.end();
  await server?.close();
});

const spec = {
  seed: 3,
  tables: {
    orders: {
      rows: 50_000,
      columns: {
        id: { gen: 'sequence' },
        customer_id: { gen: 'fk', references: 'customers.id', constraint: true, nullFraction: 0.1 },
        amount: { gen: 'int', min: -5, max: 5 },
        big: { gen: 'int', min: 0, max: 10_000_000_000 },
        status: { gen: 'choice', values: ['new', 'paid', "it's\ttabbed"] },
        paid: { gen: 'bool' },
        at: { gen: 'timestamp', from: '2024-01-01', to: '2024-02-01' },
        note: { gen: 'text', length: 20, nullFraction: 0.5 },
      },
      indexes: ['customer_id', 'lower(note)'],
    },
    customers: { rows: 1000, columns: { id: { gen: 'sequence' }, email: { gen: 'text', length: 16 } } },
  },
};

describe('synthesize', () => {
  it('fills every table by binary COPY with the declared shapes', async () => {
    const d = parseDataset(spec, 'test');
    expect(loadOrder(d)).toEqual(['customers', 'orders']);
    expect(canCopyBinary(d.tables.orders!)).toBe(true);
    const counts = await synthesize(c, d, 1);
    expect(counts).toEqual({ orders: 50_000, customers: 1000 });
    const r = (
      await c.query(`select count(*)::int n, count(distinct id)::int ids, min(id)::int min_id, max(id)::int max_id,
        avg((customer_id is null)::int)::float8 fk_nulls, min(customer_id)::int fk_min, max(customer_id)::int fk_max,
        min(amount) a_min, max(amount) a_max, max(big)::float8 big_max, count(distinct status)::int statuses,
        bool_or(status = e'it''s\\ttabbed') tabbed, avg(paid::int)::float8 paid_share, min(at) at_min, max(at) at_max,
        avg((note is null)::int)::float8 note_nulls, max(length(note))::int note_len from orders`)
    ).rows[0];
    expect(r).toMatchObject({ n: 50_000, ids: 50_000, min_id: 1, max_id: 50_000, fk_min: 1, a_min: -5, a_max: 5, statuses: 3, tabbed: true, note_len: 20 });
    expect(r.fk_max).toBeLessThanOrEqual(1000);
    expect(r.fk_nulls).toBeGreaterThan(0.08);
    expect(r.fk_nulls).toBeLessThan(0.12);
    expect(r.big_max).toBeGreaterThan(2 ** 31);
    expect(r.paid_share).toBeGreaterThan(0.45);
    expect(r.note_nulls).toBeGreaterThan(0.45);
    expect(new Date(r.at_min).getTime()).toBeGreaterThanOrEqual(Date.parse('2024-01-01'));
    expect(new Date(r.at_max).getTime()).toBeLessThan(Date.parse('2024-02-01'));
    const types = (
      await c.query(`select column_name, data_type from information_schema.columns where table_name = 'orders' order by ordinal_position`)
    ).rows.map((x) => x.data_type);
    expect(types).toEqual(['bigint', 'bigint', 'integer', 'bigint', 'text', 'boolean', 'timestamp with time zone', 'text']);
    const cons = (await c.query(`select contype from pg_constraint where conrelid = 'orders'::regclass order by 1`)).rows.map((x) => x.contype);
    expect(cons).toEqual(['f', 'p']);
    const idx = (await c.query(`select count(*)::int n from pg_indexes where tablename = 'orders'`)).rows[0].n;
    expect(idx).toBe(3);
    const reltuples = (await c.query(`select reltuples::int n from pg_class where relname = 'orders'`)).rows[0].n;
    expect(reltuples).toBe(50_000); // ANALYZE ran
  });

  it('falls back to text COPY when a column overrides its type, and scales row counts', async () => {
    const d = parseDataset(
      {
        tables: {
          prices: {
            rows: 1000,
            columns: { id: { gen: 'sequence' }, amount: { gen: 'int', min: 1, max: 99, type: 'numeric(10,2)' }, at: { gen: 'timestamp', type: 'date' } },
          },
        },
      },
      'test',
    );
    expect(canCopyBinary(d.tables.prices!)).toBe(false);
    expect(scaledRows(d, 0.25)).toEqual({ prices: 250 });
    await synthesize(c, d, 0.25);
    const r = (await c.query(`select count(*)::int n, min(amount)::float8 lo, max(amount)::float8 hi, pg_typeof(min(at))::text t from prices`)).rows[0];
    expect(r).toEqual({ n: 250, lo: expect.any(Number), hi: expect.any(Number), t: 'date' });
    expect(r.lo).toBeGreaterThanOrEqual(1);
    expect(r.hi).toBeLessThanOrEqual(99);
  });

  it('rejects a foreign key into a column that is not a sequence, naming the path', () => {
    const bad = { tables: { a: { rows: 1, columns: { id: { gen: 'int' } } }, b: { rows: 1, columns: { a_id: { gen: 'fk', references: 'a.id' } } } } };
    expect(() => parseDataset(bad, 'x.dataset.yaml')).toThrow(UsageError);
    expect(() => parseDataset(bad, 'x.dataset.yaml')).toThrow(/x\.dataset\.yaml: tables\.b\.columns\.a_id\.references: a\.id must name a sequence column/);
    expect(DatasetSpec.safeParse({ tables: { a: { rows: 1, columns: { id: { gen: 'nope' } } } } }).success).toBe(false);
  });
});
