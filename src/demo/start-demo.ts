// Start the demo service in its own process on a free loopback port (tests and benchmarks).
import { join } from 'node:path';
import { startService, type RunningService } from '../core/service.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** `args` are the demo service's flags, e.g. "--capacity 30 --delay-ms 20". */
export function startDemoService(args: string): Promise<RunningService> {
  return startService({
    command: `${process.execPath} --import tsx src/demo/demo-service.ts --port {port} ${args}`,
    url: 'http://127.0.0.1:{port}',
    health: '/health',
    cwd: ROOT,
  });
}
