// The bundled demo: `npm start` runs this. shipgate starts the demo service on a free
// loopback port, ramps it, judges the playbook's gates and writes reports/latest/.
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
});
