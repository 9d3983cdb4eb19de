// The bundled demo: `npm start` runs this. shipgate starts the demo service on a free
// loopback port, ramps it, audits a sample project's dependencies offline, measures the demo
// site's pages and journey, times the demo migrations on a synthesized shop database in a
// throwaway PostgreSQL (four sizes, best of three runs each, projected to production rows,
// with traffic), judges the playbook's gates and writes reports/latest/. The heavy page is
// a planted regression: its JS breaks the desktop and mobile budgets. For a failing
// migration, try scenarios/demo-migrations-unsafe (a table rewrite under ACCESS EXCLUSIVE).
import { defineConfig } from './src/index.ts';

export default defineConfig({
  gates: ['gates/default.gates.yaml', 'gates/migrate.gates.yaml', 'gates/migrate-traffic.gates.yaml'],
  maxRunTime: '10m',
  load: {
    scenario: 'scenarios/demo.users.yaml',
    service: {
      command: 'node --import tsx src/demo/demo-service.ts --port {port} --capacity 40 --delay-ms 50',
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
  audit: {
    // Offline: OSV advisories matched against the sample lockfile, one waiver (scenarios/audit-demo/README.md).
    dir: 'scenarios/audit-demo',
    advisories: 'scenarios/audit-demo/advisories',
    waivers: 'scenarios/audit-demo/waivers.mts',
    outdatedJson: 'scenarios/audit-demo/outdated.json',
  },
  web: {
    // Served by shipgate on a loopback port; routes.ts generates the heavy bundle.
    site: { dir: 'scenarios/demo-site' },
    // Few runs to keep the demo short (Lighthouse takes ~5 s a run here); use 5 for real gating.
    pages: [
      { url: '/', runs: 2 },
      { url: '/heavy.html', runs: 1 },
    ],
    devices: ['desktop', 'mobile'],
    journeys: ['scenarios/demo.journey.ts'],
    journeyRuns: 2,
    // A Lighthouse budget.json beside the gate files: the heavy page's script breaks it too.
    budgets: ['scenarios/demo-site/budget.json'],
  },
});
