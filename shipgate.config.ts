// The bundled demo: `npm start` runs this. shipgate starts the demo service on a free
// loopback port, ramps it, audits a sample project's dependencies offline, judges the
// playbook's gates and writes reports/latest/.
import { defineConfig } from './src/index.ts';

export default defineConfig({
  gates: ['gates/default.gates.yaml'],
  maxRunTime: '10m',
  load: {
    scenario: 'scenarios/demo.ramp.yaml',
    service: {
      command: 'node --import tsx src/demo/demo-service.ts --port {port} --capacity 250 --delay-ms 5',
      url: 'http://127.0.0.1:{port}',
      health: '/health',
    },
  },
  audit: {
    // Offline: OSV advisories matched against the sample lockfile, one waiver (scenarios/audit-demo/README.md).
    dir: 'scenarios/audit-demo',
    advisories: 'scenarios/audit-demo/advisories',
    waivers: 'scenarios/audit-demo/waivers.mts',
    outdatedJson: 'scenarios/audit-demo/outdated.json',
  },
});
