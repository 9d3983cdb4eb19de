// Bad input is never accepted and never crashes. fast-check breaks valid configs, ramp
// scenarios, gate files and waiver files in ways that are invalid by construction (a wrong
// type, a value out of range, an unknown key, a day that does not exist, a waiver longer
// than its window...), knowing which path it broke. Every broken file goes through the CLI's
// entry point (main(), in-process, so hundreds of cases stay fast) and must exit 2 with no
// stack trace, every problem line naming the file, and a line naming each broken path.
// A sample of the same cases runs through the real `shipgate` binary. Each valid base is
// first shown to be accepted, so a rejection is the break's doing, not the base's.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseThreshold, ThresholdSyntaxError } from '../../src/lib/threshold.ts';
import { main } from '../../src/cli/main.ts';
import { runCli, tempDir, type CliRun } from '../helpers.ts';

const dir = tempDir('shipgate-fuzz-');
const DOWN = 'http://127.0.0.1:9/'; // nothing listens: an accepted input measures nothing, fast
let n = 0;

type Path = (string | number)[];
const DELETE = Symbol('delete');
/** One way to break a file: the values set (at paths), and what the message must name. */
interface Break {
  group: string;
  sets: [Path, unknown][];
  /** A problem line must start with `<file>: <names>`. */
  names: string;
}

// ---- values that are invalid by construction -------------------------------------------
const letters = fc.stringMatching(/^[a-z]{1,8}$/);
const notString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant([1]), fc.constant({ a: 1 }));
const notBoolean = fc.oneof(fc.integer(), letters, fc.constant(null), fc.constant([]));
const nonInteger = fc.double({ min: 0.01, max: 1000, noNaN: true }).filter((x) => !Number.isInteger(x));
const notPositive = fc.oneof(fc.integer({ min: -1000, max: 0 }), letters, fc.boolean(), fc.constant(null));
const notPositiveInt = fc.oneof(notPositive, nonInteger);
/** No digits, a unit that does not exist, a negative number or not a scalar: never a duration. */
const notDuration = fc.oneof(
  letters,
  fc.tuple(fc.nat(999), fc.constantFrom('sec', 'min', 'd', 'x', ' s s', 'mss')).map(([v, u]) => `${v}${u}`),
  fc.integer({ min: -1000, max: -1 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
);
const notIn = (valid: readonly string[]) =>
  fc.oneof(
    letters.filter((s) => !valid.includes(s)),
    notString,
  );
/** Days that do not exist or are not written YYYY-MM-DD. */
const notDay = fc.oneof(
  { arbitrary: fc.constantFrom('2026-02-30', '2026-04-31', '2025-02-29', '2026-13-01', '2026-00-10', '2026-6-1', 'tomorrow', '', '01/06/2026'), weight: 4 },
  letters,
  fc.integer(),
  fc.constant(null),
);
const unknownKey = letters.map((s) => `bogus_${s}`);

const set = (group: string, path: Path, names: string, bad: fc.Arbitrary<unknown>): fc.Arbitrary<Break> =>
  bad.map((value) => ({ group, sets: [[path, value]], names }));
const extraKey = (group: string, parent: Path, parentName: string): fc.Arbitrary<Break> =>
  unknownKey.map((key) => ({ group, sets: [[[...parent, key], 1]], names: `${parentName}: Unrecognized key: "${key}"` }));

function applyBreaks(base: unknown, breaks: Break[]): unknown {
  const doc = structuredClone(base);
  for (const b of breaks) {
    for (const [path, value] of b.sets) {
      let at = doc as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (value === DELETE) delete at[last];
      else at[last] = value;
    }
  }
  return doc;
}

// ---- the four kinds of input file, each with a valid base and its breaks ------------------
interface Kind {
  name: string;
  ext: '.yaml' | '.json';
  base: () => unknown;
  breaks: fc.Arbitrary<Break>;
  /** Several breaks at once only where the loader promises every problem in one pass. */
  maxBreaks: number;
  args: (file: string) => string[];
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const scenario: Kind = {
  name: 'ramp scenario',
  ext: '.yaml',
  base: () => ({
    name: 'fuzz-base',
    mode: 'concurrency',
    steps: [5, 10],
    stepDuration: '1s',
    warmup: '0.2s',
    timeout: '2s',
    maxConnections: 10,
    headers: { 'x-trace': '1' },
    endpoints: [
      { name: 'list', method: 'GET', path: '/api/items', weight: 3 },
      { name: 'create', method: 'POST', path: '/api/items', body: { name: 'w' }, weight: 1 },
    ],
    breaking: { errorRate: 0.01, p99Ms: 2000 },
    refine: false,
    expect: 5,
    headroom: 2,
    cap: 1000,
  }),
  breaks: fc.oneof(
    set('name', ['name'], 'name:', notString),
    set('mode', ['mode'], 'mode:', notIn(['concurrency', 'rate'])),
    set('steps', ['steps'], 'steps:', fc.oneof(fc.constant([]), letters, fc.integer(), fc.constant({ a: 1 }))),
    set('steps', ['steps', 1], 'steps[1]:', notPositiveInt),
    set('stepDuration', ['stepDuration'], 'stepDuration:', notDuration),
    set('warmup', ['warmup'], 'warmup:', notDuration),
    set('timeout', ['timeout'], 'timeout:', notDuration),
    set('maxConnections', ['maxConnections'], 'maxConnections:', notPositiveInt),
    set('cap', ['cap'], 'cap:', notPositiveInt),
    set('expect', ['expect'], 'expect:', notPositive),
    set('headroom', ['headroom'], 'headroom:', notPositive),
    set('refine', ['refine'], 'refine:', notBoolean),
    set('target', ['target'], 'target:', fc.oneof(letters, notString)),
    set('headers', ['headers', 'x-trace'], 'headers.x-trace:', notString),
    set('endpoints', ['endpoints'], 'endpoints:', fc.constant([])),
    set('endpoints', ['endpoints', 0, 'path'], 'endpoints[0].path:', fc.oneof(letters, fc.constant(''), fc.constant('api/items'), notString)),
    set('endpoints', ['endpoints', 1, 'method'], 'endpoints[1].method:', notIn(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])),
    set('endpoints', ['endpoints', 0, 'weight'], 'endpoints[0].weight:', notPositiveInt),
    extraKey('endpoints', ['endpoints', 1], 'endpoints[1]'),
    set(
      'breaking',
      ['breaking', 'errorRate'],
      'breaking.errorRate:',
      fc.oneof(fc.double({ min: 1.001, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: -0.001, noNaN: true }), letters),
    ),
    set('breaking', ['breaking', 'p99Ms'], 'breaking.p99Ms:', notPositive),
    extraKey('(root)', [], '(root)'),
  ),
  maxBreaks: 3,
  args: (file) => ['ramp', '--target', DOWN, '--scenario', file],
};

const gateFile: Kind = {
  name: 'gate file',
  ext: '.yaml',
  base: () => ({
    description: 'fuzz base',
    load: {
      gates: [
        { id: 'g0', metric: 'http_req_duration', expression: 'p(95)<500', level: 'fail' },
        { id: 'g1', metric: 'http_req_failed', expression: 'rate<0.01', level: 'warn' },
        { id: 'g2', metric: 'http_reqs', expression: 'count>0' },
      ],
    },
  }),
  breaks: fc.oneof(
    ...[0, 1, 2].flatMap((i) => {
      const at = `load.gates[${i}]`;
      // Syntax k6 rejects, and syntax valid for another metric type than this gate's.
      const wrongType = ['rate<0.1', 'p(95)<5', 'avg<5'][i]!;
      const badExpression = fc.oneof(
        letters.filter((w) => !['avg', 'min', 'max', 'med', 'rate', 'count', 'value'].includes(w)).map((w) => `${w}<5`),
        fc.constantFrom('p(95)', 'p(95)<', '<500', 'p(95)<abc', 'p(95)=<5', 'p95<500', 'avg<<5', 'rate<1.', 'count>-', '', wrongType),
        notString,
      );
      return [
        set(
          `gate${i}`,
          ['load', 'gates', i, 'metric'],
          `${at}.metric:`,
          fc.oneof(
            letters.map((s) => `nope_${s}`),
            fc.constant(''),
            notString,
          ),
        ),
        set(`gate${i}`, ['load', 'gates', i, 'expression'], `${at}.expression:`, badExpression),
        set(`gate${i}`, ['load', 'gates', i, 'level'], `${at}.level:`, notIn(['warn', 'fail'])),
        set(`gate${i}`, ['load', 'gates', i, 'id'], `${at}.id:`, fc.oneof(fc.constant(''), notString)),
        extraKey(`gate${i}`, ['load', 'gates', i], at),
      ];
    }),
    extraKey('load', ['load'], 'load'),
    extraKey('(root)', [], '(root)'),
  ),
  maxBreaks: 3,
  args: (file) => ['ramp', '--target', DOWN, '--gates', file],
};

const config: Kind = {
  name: 'config',
  ext: '.json',
  base: () => ({
    gates: ['gates/default.gates.yaml'],
    maxRunTime: '60s',
    allowHosts: [],
    load: { target: DOWN, steps: [5], stepDuration: '1s', warmup: '0.2s' },
    migrate: { migrations: 'test/fixtures/migrate/small-migrations', scratchUrl: 'postgresql://u:p@127.0.0.1:9/postgres' },
    web: { pages: [DOWN], devices: ['desktop'], runs: 1 },
    audit: { dir: 'test/fixtures/lockfiles/vuln-app-v3', advisories: 'test/fixtures/advisories' },
  }),
  breaks: fc.oneof(
    set('gates', ['gates'], 'gates:', fc.oneof(letters, fc.integer(), fc.constant({ a: 1 }))),
    set('gates', ['gates', 0], 'gates[0]:', notString),
    set('maxRunTime', ['maxRunTime'], 'maxRunTime:', notDuration),
    set('allowHosts', ['allowHosts', 0], 'allowHosts[0]:', notString),
    extraKey('(root)', [], '(root)'),
    set('load', ['load', 'target'], 'load.target:', fc.oneof(letters, notString)),
    set('load', ['load', 'steps', 0], 'load: steps[0]:', notPositiveInt),
    set('load', ['load', 'mode'], 'load: mode:', notIn(['concurrency', 'rate'])),
    set('load', ['load', 'stepDuration'], 'load: stepDuration:', notDuration),
    extraKey('load', ['load'], 'load: (root)'),
    set(
      'migrate',
      ['migrate', 'repeat'],
      'migrate.repeat:',
      fc.oneof(fc.integer({ min: 21, max: 1000 }), fc.integer({ min: -10, max: 0 }), nonInteger, letters),
    ),
    set('migrate', ['migrate', 'sampleInterval'], 'migrate.sampleInterval:', fc.oneof(fc.constantFrom('1ms', '100ms', '2s'), notDuration)),
    set('migrate', ['migrate', 'largeTableRows'], 'migrate.largeTableRows:', fc.oneof(fc.integer({ min: -1000, max: -1 }), nonInteger, letters)),
    extraKey('migrate', ['migrate'], 'migrate'),
    set('web', ['web', 'runs'], 'web.runs:', fc.oneof(fc.integer({ min: 51, max: 1000 }), notPositiveInt)),
    set('web', ['web', 'devices', 0], 'web.devices[0]:', notIn(['desktop', 'mobile'])),
    set('web', ['web', 'pageTimeout'], 'web.pageTimeout:', notDuration),
    extraKey('web', ['web'], 'web'),
    set('audit', ['audit', 'failOn'], 'audit.failOn:', notIn(['critical', 'high', 'moderate', 'medium', 'low', 'info', 'none'])),
    set('audit', ['audit', 'timeout'], 'audit.timeout:', notDuration),
    set('audit', ['audit', 'maxMajorsBehind'], 'audit.maxMajorsBehind:', fc.oneof(fc.integer({ min: -1000, max: -1 }), nonInteger, letters)),
    extraKey('audit', ['audit'], 'audit'),
  ),
  // The config's sections are checked one after another; a break in each is the next case.
  maxBreaks: 1,
  args: (file) => ['run', '--config', file],
};

const waiverFile: Kind = {
  name: 'waiver file',
  ext: '.yaml',
  // Valid today: lodash's high finding waived for 2 days (window 3), a moderate one for 7 (14).
  base: () => ({
    description: 'fuzz base',
    waivers: [
      { id: 'GHSA-35jh-r3h4-6jhm', package: 'lodash', reason: 'fix ships Friday', owner: 'alice', granted: day(-1), expires: day(1) },
      { id: 'GHSA-vh95-rmgr-6w4m', package: 'minimist', reason: 'later', owner: 'bob', granted: day(-2), expires: day(5) },
    ],
  }),
  breaks: fc.oneof(
    ...[0, 1].flatMap((i) => {
      const at = `waivers[${i}]`;
      const w = (field: string): Path => ['waivers', i, field];
      return [
        set(`w${i}`, w('reason'), `${at}.reason:`, fc.oneof(fc.constant(''), fc.constant(DELETE), notString)),
        set(`w${i}`, w('owner'), `${at}.owner:`, fc.oneof(fc.constant(''), fc.constant(DELETE), notString)),
        set(`w${i}`, w('id'), `${at}.id:`, fc.oneof(fc.constant(''), fc.constant(DELETE), notString)),
        set(`w${i}`, w('granted'), `${at}.granted:`, notDay),
        set(`w${i}`, w('expires'), `${at}.expires:`, notDay),
        extraKey(`w${i}`, ['waivers', i], at),
        // Checks past the schema, named by the waiver: order, future grant, window length.
        fc.integer({ min: 3, max: 30 }).map((d) => ({ group: `w${i}`, sets: [[w('expires'), day(-d)]] as [Path, unknown][], names: `${at} (` })),
        fc.integer({ min: 1, max: 30 }).map((d) => ({
          group: `w${i}`,
          sets: [
            [w('granted'), day(d)],
            [w('expires'), day(d + 1)],
          ] as [Path, unknown][],
          names: `${at} (`,
        })),
        fc.integer({ min: 100, max: 400 }).map((d) => ({ group: `w${i}`, sets: [[w('expires'), day(d)]] as [Path, unknown][], names: `${at} (` })),
      ];
    }),
    // Longer than a high finding's 3-day window (found only once the finding matches).
    fc.integer({ min: 4, max: 60 }).map((d) => ({ group: 'w0', sets: [[['waivers', 0, 'expires'], day(d)]] as [Path, unknown][], names: 'waivers[0] (' })),
    set('waivers', ['waivers'], 'waivers:', fc.oneof(letters, fc.integer(), fc.constant({ a: 1 }), fc.constant(null))),
    extraKey('(root)', [], '(root)'),
  ),
  maxBreaks: 1,
  args: (file) => ['audit', '--dir', 'test/fixtures/lockfiles/vuln-app-v3', '--advisories', 'test/fixtures/advisories', '--waivers', file],
};

const KINDS = [scenario, gateFile, config, waiverFile];

// ---- running the CLI and judging its answer ------------------------------------------------
function writeCase(kind: Kind, doc: unknown): string {
  const file = join(dir, `f${n++}${kind.ext}`);
  writeFileSync(file, kind.ext === '.json' ? JSON.stringify(doc) : stringify(doc));
  return file;
}

/** The CLI's entry point in this process, its stderr captured. */
async function cliInProcess(args: string[]): Promise<CliRun> {
  let stderr = '';
  let stdout = '';
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    const code = await main(['node', 'shipgate', ...args, '--out', join(dir, `out${n++}`)]);
    return { code, stdout, stderr };
  } finally {
    err.mockRestore();
    out.mockRestore();
  }
}

function expectRejectedNaming(file: string, r: CliRun, breaks: Break[]): void {
  const context = `${file}\n${r.stderr}`;
  expect(r.code, `accepted or wrong exit code:\n${context}`).toBe(2);
  expect(r.stderr, 'a stack trace').not.toMatch(/\n\s+at |internal error/);
  const lines = r.stderr
    .split('\n')
    .filter((l) => l && !l.startsWith('hint: '))
    .map((l) => l.replace(/^shipgate: /, ''));
  expect(lines.length, context).toBeGreaterThan(0);
  for (const line of lines) expect(line.startsWith(`${file}: `), `a problem line without the file:\n${context}`).toBe(true);
  for (const b of breaks)
    expect(
      lines.some((l) => l.startsWith(`${file}: ${b.names}`)),
      `"${b.names}" not named:\n${context}`,
    ).toBe(true);
}

const caseOf = (kind: Kind) => fc.uniqueArray(kind.breaks, { minLength: 1, maxLength: kind.maxBreaks, selector: (b) => b.group });

describe('bad input files (constructed breaks)', () => {
  beforeAll(async () => {
    // The valid bases are accepted: the CLI measures (against a target that is down), exit 3
    // for load/run, 0 or 1 for audit, never 2.
    for (const kind of KINDS) {
      const file = writeCase(kind, kind.base());
      const r = await cliInProcess(kind.args(file));
      expect(r.code, `${kind.name} base rejected:\n${r.stderr}`).not.toBe(2);
      expect(r.stderr).not.toMatch(/internal error/);
    }
  });

  for (const kind of KINDS) {
    it(`${kind.name}: every break is exit 2 naming the file and each broken path`, async () => {
      await fc.assert(
        fc.asyncProperty(caseOf(kind), async (breaks) => {
          const file = writeCase(kind, applyBreaks(kind.base(), breaks));
          expectRejectedNaming(file, await cliInProcess(kind.args(file)), breaks);
        }),
        { numRuns: 300, endOnFailure: true },
      );
    });
  }

  it('a sample of the same cases through the real shipgate binary', async () => {
    const cases = KINDS.flatMap((kind) => fc.sample(caseOf(kind), { numRuns: 1, seed: 17 }).map((breaks) => ({ kind, breaks })));
    await Promise.all(
      cases.map(async ({ kind, breaks }) => {
        const file = writeCase(kind, applyBreaks(kind.base(), breaks));
        expectRejectedNaming(file, await runCli([...kind.args(file), '--out', join(dir, `out${n++}`)]), breaks);
      }),
    );
  });
});

describe('bad input files (by hand): what the constructed breaks do not write', () => {
  it('YAML that does not parse: exit 2 at the file, line and column, no stack trace', async () => {
    const scenarioFile = join(dir, 'broken.ramp.yaml');
    writeFileSync(scenarioFile, 'steps: [10, 20\nmode: rate\n');
    const waivers = join(dir, 'broken-waivers.yaml');
    writeFileSync(waivers, 'waivers:\n  - { id: GHSA-35jh-r3h4-6jhm, reason: [unclosed\n');
    for (const [file, args] of [
      [scenarioFile, scenario.args(scenarioFile)],
      [waivers, waiverFile.args(waivers)],
    ] as const) {
      const r = await cliInProcess([...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^shipgate: ${file.replace(/[/.]/g, '\\$&')}:\\d+:\\d+: `));
      expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    }
  });

  it('one message per problem, with a hint for a near-miss expression', async () => {
    const bad = join(dir, 'bad.gates.yaml');
    writeFileSync(
      bad,
      'load:\n  gates:\n    - { metric: http_req_duration, expression: "p(95)<500" }\n    - { metric: http_req_duration, expression: "p(95)<500" }\n    - { metric: http_req_duration, expression: "p95<500" }\n    - { metric: nope, expression: "rate<1", level: sometimes }\n',
    );
    const r = await cliInProcess(gateFile.args(bad));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: load.gates[2].expression: "p95<500": unknown aggregation "p95"; did you mean "p(95)"?`);
    expect(r.stderr).toContain(`${bad}: load.gates[3].level`);
    expect(r.stderr).toContain(`${bad}: load.gates[3].metric: unknown load metric "nope"`);
    const waivers = join(dir, 'bad-waivers.yaml');
    writeFileSync(
      waivers,
      'waivers:\n  - { id: GHSA-35jh-r3h4-6jhm, reason: later, owner: bob, granted: 2026-01-01, expires: 2027-01-01 }\n  - { id: GHSA-xvch-5gv4-984h, owner: bob, granted: someday, expires: 2026-01-02 }\n',
    );
    const w = await cliInProcess(waiverFile.args(waivers));
    expect(w.code).toBe(2);
    expect(w.stderr).toContain(`${waivers}: waivers[1].reason:`);
    expect(w.stderr).toContain(`${waivers}: waivers[1].granted: "someday" is not a day`);
  });
});

describe('threshold expressions', () => {
  it('any string parses or raises a ThresholdSyntaxError, never anything else', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^(avg|min|max|med|p\(\d{1,3}(\.\d)?\)|rate|count|value|p\d+)\s?[<>=!]{1,3}\s?-?\d+(\.\d+)?$/)),
        (s) => {
          try {
            expect(Number.isFinite(parseThreshold(s).value)).toBe(true);
          } catch (err) {
            expect(err).toBeInstanceOf(ThresholdSyntaxError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('invalid by construction is always a ThresholdSyntaxError', () => {
    const agg = fc.constantFrom('avg', 'min', 'max', 'med', 'rate', 'count', 'value', 'p(95)', 'p(99.9)');
    const op = fc.constantFrom('<', '<=', '>', '>=', '==', '===', '!=');
    const num = fc.integer({ min: -1000, max: 1000 }).map(String);
    const bad = fc.oneof(
      fc
        .tuple(
          letters.filter((w) => !['avg', 'min', 'max', 'med', 'rate', 'count', 'value'].includes(w)),
          op,
          num,
        )
        .map(([a, o, v]) => `${a}${o}${v}`), // unknown aggregation
      fc.tuple(agg, num).map(([a, v]) => `${a}${v}`), // no operator
      fc.tuple(agg, op).map(([a, o]) => `${a}${o}`), // no value
      fc.tuple(agg, op, letters).map(([a, o, v]) => `${a}${o}${v}`), // value not a number
      fc.tuple(agg, fc.constantFrom('=<', '=>', '<>', '!', '='), num).map(([a, o, v]) => `${a}${o}${v}`), // no such operator
      fc.tuple(op, num).map(([o, v]) => `${o}${v}`), // no aggregation
    );
    fc.assert(
      fc.property(bad, (s) => {
        expect(() => parseThreshold(s), s).toThrow(ThresholdSyntaxError);
      }),
      { numRuns: 1000 },
    );
  });
});
