// The bundled demo: `npm start` runs this. shipgate starts the demo service on a free
// loopback port, ramps it, times the demo migrations on a synthesized shop database in a
// throwaway PostgreSQL (four sizes, best of three runs each, projected to production rows,
// with traffic), judges the playbook's gates and writes reports/latest/. For the failing
// case, try scenarios/demo-migrations-unsafe (a table rewrite under ACCESS EXCLUSIVE).
import { defineConfig } from './src/index.ts';

export default defineConfig({
  gates: ['gates/default.gates.yaml', 'gates/migrate.gates.yaml', 'gates/migrate-traffic.gates.yaml'],
  maxRunTime: '10m',
  load: {
    scenario: 'scenarios/demo.ramp.yaml',
    service: {
      command: 'node --import tsx src/demo/demo-service.ts --port {port} --capacity 250 --delay-ms 5',
      url: 'http://127.0.0.1:{port}',
      health: '/health',
    },
  },
  migrate: {
    migrations: 'scenarios/demo-migrations',
    dataset: 'scenarios/demo.dataset.yaml',
    scale: [0.25, 0.5, 0.75, 1],
    repeat: 3,
    prodRows: { customers: 200_000, orders: 2_000_000 },
    traffic: true,
  },
});
