// Dataset synthesis speed: 1M rows by COPY (what `shipgate migrate --dataset` does) against
// INSERT … SELECT generate_series of the same columns, both into a table created in the same
// transaction on the same throwaway cluster. Target: COPY at least 1.5x faster.
// Run: npx tsx bench/migrate-synthesis.ts [rows]
import pg from 'pg';
import { openScratchServer } from '../src/probes/migrate/scratch-server.ts';
import { parseDataset } from '../src/probes/migrate/dataset.ts';
import { copyTable, createTableSql } from '../src/probes/migrate/synthesize.ts';
import { sqlExpression } from '../src/probes/migrate/row-generator.ts';

const rows = Number(process.argv[2] ?? 1_000_000);
const dataset = parseDataset(
  {
    tables: {
      events: {
        rows,
        columns: {
          id: { gen: 'sequence' },
          account_id: { gen: 'int', min: 1, max: 50_000 },
          kind: { gen: 'choice', values: ['click', 'view', 'buy'] },
          note: { gen: 'text', length: 24, nullFraction: 0.1 },
          created_at: { gen: 'timestamp' },
        },
      },
    },
  },
  'bench',
);
const spec = dataset.tables.events!;
const server = await openScratchServer({});
try {
  const db = await server.createDatabase();
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const refRows = () => 0;
  const runs: { copy: number[]; insert: number[] } = { copy: [], insert: [] };
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    await copyTable(client, `copy_${i}`, spec, rows, 42, refRows);
    runs.copy.push(performance.now() - t);
    const exprs = Object.values(spec.columns).map((g) => sqlExpression(g, refRows));
    t = performance.now();
    await client.query('begin');
    await client.query(createTableSql(`insert_${i}`, spec));
    await client.query(`insert into insert_${i} select ${exprs.join(', ')} from generate_series(0, ${rows - 1}) g`);
    await client.query('commit');
    runs.insert.push(performance.now() - t);
  }
  const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
  const c = med(runs.copy);
  const s = med(runs.insert);
  console.log(`server: ${server.version.split(' on ')[0]}`);
  console.log(`rows: ${rows.toLocaleString('en-US')} (5 columns), 3 runs each, median`);
  console.log(
    `COPY (pg-copy-streams):          ${(c / 1000).toFixed(2)} s  (${Math.round(rows / (c / 1000)).toLocaleString('en-US')} rows/s)  runs ${runs.copy.map((x) => (x / 1000).toFixed(2)).join(', ')}`,
  );
  console.log(
    `INSERT … SELECT generate_series: ${(s / 1000).toFixed(2)} s  (${Math.round(rows / (s / 1000)).toLocaleString('en-US')} rows/s)  runs ${runs.insert.map((x) => (x / 1000).toFixed(2)).join(', ')}`,
  );
  console.log(`speed-up: ${(s / c).toFixed(2)}x (target >= 1.5x) ${s / c >= 1.5 ? 'MET' : 'NOT MET'}`);
  await client.end();
  await db.drop();
} finally {
  await server.close();
}
