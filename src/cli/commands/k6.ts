// `shipgate k6 export|ingest`: run a shipgate ramp on k6 (k6-operator on Kubernetes for
// scale-out) and judge its end-of-test summary with the same gates as a local ramp.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { RunSession, TOOL, defaultOutDir } from '../../runner/session.ts';
import { UsageError } from '../../core/errors.ts';
import { redactUrl } from '../../core/allow-host.ts';
import { resolveRampScenario } from '../../probes/load/resolve-scenario.ts';
import type { GateSpec } from '../../core/metric.ts';
import type { LoadProbe } from '../../probes/load/block.ts';
import { K6_THRESHOLDS_FAILED } from '../../probes/load/metrics-k6.ts';
import { planGates } from '../../gates/gate-plan.ts';
import { CATALOGS } from '../../runner/registry.ts';
import { expandGates, probeMetrics } from '../../runner/evaluate.ts';
import { loadProbe } from '../../probes/load/index.ts';
import { intList, positiveNumber, collect } from '../../core/flags.ts';
import { buildPlan } from '../../probes/load/k6/ramp-plan.ts';
import { exportK6Script } from '../../probes/load/k6/export-script.ts';
import { k8sName, testRunManifest } from '../../probes/load/k6/testrun-manifest.ts';
import { readK6Summaries } from '../../probes/load/k6/read-summary.ts';
import { mergeSummaries } from '../../probes/load/k6/merge-summaries.ts';
import { ingestK6 } from '../../probes/load/k6/ingest.ts';
import { loadRows, type Row } from '../../probes/load/data-feed.ts';

export function k6Command(): Command {
  const k6 = new Command('k6').description('run a ramp on k6 / k6-operator, and gate on its summary');
  const exp = new Command('export')
    .description('write a k6 script and a k6-operator TestRun for a ramp scenario (sends nothing)')
    .argument('[scenario]', 'a ramp scenario (scenarios/*.ramp.yaml|json|ts)')
    .option('--target <url>', "where k6 sends the load (default: the scenario's target)")
    .addOption(
      new Option('--mode <mode>', 'closed model (VUs), open model (requests/second), virtual users looping the flow, or new users/second').choices([
        'concurrency',
        'rate',
        'users',
        'arrivals',
      ]),
    )
    .option('--steps <list>', 'levels to step through, e.g. 100,500,1000', intList)
    .option('--step-duration <d>', 'measured (hold) time per level, e.g. 60s')
    .option('--warmup <d>', "warm-up (ramp) time before each level's hold, e.g. 10s")
    .option('--expect <level>', 'the expected peak level; gates become k6 thresholds at this level', positiveNumber)
    .option('--gates <file>', "gate file (repeatable; default: the playbook's API budget)", collect, [])
    .option('--parallelism <n>', 'k6-operator runner pods (each runs 1/n of every level)', positiveInt, 1)
    .option('--name <name>', 'TestRun name (default: from the scenario)')
    .requiredOption('--out <dir>', 'where ramp.js and testrun.yaml go')
    .action(async (scenario: string | undefined, opts: ExportFlags, cmd: Command) => {
      await exportCmd(scenario, opts);
      cmd.parent!.setOptionValue('exitCode', 0);
    });
  const ing = new Command('ingest')
    .description('judge k6 end-of-test summaries (--summary-export, handleSummary JSON, or runner logs)')
    .argument('<files...>', 'one summary, or one per k6-operator runner (merged)')
    .option('--gates <file>', "gate file (repeatable; default: the playbook's API budget)", collect, [])
    .option('--expect <level>', 'the level gates are judged at', positiveNumber)
    .option('--target <url>', 'record the target the summary was measured against')
    .option('--scenario <file>', 'the exported ramp scenario, for a summary that lacks its plan (--summary-export of an exported script)')
    .option('--out <dir>', 'where result.json and report.md go (default reports/<timestamp>)')
    .action(async (files: string[], opts: IngestFlags, cmd: Command) => {
      cmd.parent!.setOptionValue('exitCode', await ingestCmd(files, opts));
    });
  for (const c of [exp, ing]) k6.addCommand(c.exitOverride());
  return k6;
}

interface ExportFlags {
  target?: string;
  mode?: 'concurrency' | 'rate' | 'users' | 'arrivals';
  steps?: number[];
  stepDuration?: string;
  warmup?: string;
  expect?: number;
  gates: string[];
  parallelism: number;
  name?: string;
  out: string;
}

interface IngestFlags {
  gates: string[];
  scenario?: string;
  expect?: number;
  target?: string;
  out?: string;
}

function positiveInt(v: string): number {
  const n = positiveNumber(v);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`"${v}" is not a whole number`);
  return n;
}

async function exportCmd(source: string | undefined, f: ExportFlags): Promise<void> {
  const scenario = await resolveRampScenario(
    source,
    {
      mode: f.mode,
      steps: f.steps,
      stepDuration: f.stepDuration,
      warmup: f.warmup,
      expect: f.expect,
    },
    '--flags',
  );
  const declared = f.target ?? scenario.target;
  if (!declared) throw new UsageError('no target: pass --target URL, or set target in the scenario');
  // k6 sends the load from wherever it runs, so the loopback rule does not apply here; but
  // credentials in the URL would land in a ConfigMap, so they are dropped.
  const url = parseHttpUrl(declared);
  const notes: string[] = [];
  if (url.username || url.password) {
    url.username = '';
    url.password = '';
    notes.push('credentials in the target URL were not written; send them as a header (read from a Secret)');
  }
  const target = url.toString();
  const gates = await planGates({ files: f.gates, probes: [{ probe: 'load', defaults: ['default.gates.yaml'], extra: [] }], catalogs: CATALOGS });
  const plan = buildPlan(scenario, target);
  const src = source ?? '(flags)';
  // Data files are embedded in the script as parsed rows (a ConfigMap holds one file).
  const data: Record<string, Row[]> = {};
  for (const [name, d] of Object.entries(scenario.data)) data[name] = await loadRows(d.file, scenario.baseDir);
  const out = exportK6Script(scenario, plan, target, gates, src, TOOL.version, data);
  // A ConfigMap holds at most 1 MiB, the script's data included.
  if (out.script.length > 900_000) notes.push(`ramp.js is ${Math.round(out.script.length / 1024)} KiB: near the 1 MiB a ConfigMap holds; use fewer data rows`);
  const name = k8sName(f.name ?? scenario.name ?? (source ? basename(source).replace(/\..*$/, '') : 'ramp'));
  const manifest = testRunManifest({ name, scriptFile: 'ramp.js', script: out.script, parallelism: f.parallelism, target, secretHeaders: out.secretHeaders });
  await mkdir(f.out, { recursive: true });
  await writeFile(join(f.out, 'ramp.js'), out.script);
  await writeFile(join(f.out, 'testrun.yaml'), manifest);
  if (scenario.refine) notes.push('--refine is not exported: a k6 schedule is fixed in advance; add levels to steps instead');
  const small = plan.steps.filter((s) => s.level < f.parallelism).map((s) => s.level);
  if (small.length) notes.push(`levels ${small.join(', ')} are below --parallelism ${f.parallelism}: some runners get no load there`);
  for (const s of out.skippedGates) notes.push(`gate not a k6 threshold: ${s}`);
  for (const h of Object.keys(out.secretHeaders)) notes.push(`header ${h} is read from $${out.secretHeaders[h]} (a Secret), not written`);
  const levels = plan.steps.map((s) => s.level).join(', ');
  process.stdout.write(
    [
      `wrote ${join(f.out, 'ramp.js')} (${plan.mode}: ${levels}; ${plan.steps[0]!.warmupS}s warm-up + ${plan.steps[0]!.holdS}s hold per level)`,
      `wrote ${join(f.out, 'testrun.yaml')} (TestRun ${name}, parallelism ${f.parallelism})`,
      ...notes.map((n) => `note: ${n}`),
      `next: kubectl apply -f ${join(f.out, 'testrun.yaml')}, then shipgate k6 ingest <runner logs> --out reports/k6`,
    ].join('\n') + '\n',
  );
}

/**
 * k6's default summaryTrendStats (avg, min, med, max, p(90), p(95)) lack p(99): a default gate
 * on a stat the summary does not hold is judged as a warning, not an error, and the note says
 * how to get it. A gate the user wrote keeps its level: asked and not measured fails closed.
 */
function softenUnanswerableDefaults(gates: GateSpec[], probe: LoadProbe): void {
  const lookup = probeMetrics({ load: probe }).load;
  if (!lookup || 'error' in lookup) return;
  const missing: string[] = [];
  for (const g of gates) {
    if (!g.fromDefaults || g.level !== 'fail') continue;
    const m = lookup(g.metric);
    if ('missing' in m || m.read(g.threshold.aggregation) !== undefined) continue;
    g.level = 'warn';
    missing.push(`${g.id} (${g.metric} ${g.expression})`);
  }
  if (missing.length && probe.k6) {
    probe.k6.notes = [
      ...(probe.k6.notes ?? []),
      `the summary lacks stats that default gates ask for, judged as warnings: ${missing.join(', ')}; run k6 with --summary-trend-stats "avg,min,med,max,p(90),p(95),p(99)" to judge them`,
    ];
  }
}

function parseHttpUrl(s: string): URL {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw new UsageError(`target "${s}" is not a URL; write e.g. https://api.example.com/`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError(`target "${u.protocol}//${u.host}" must be http: or https:`);
  return u;
}

async function ingestCmd(files: string[], f: IngestFlags): Promise<number> {
  const summaries = [];
  for (const file of files) summaries.push(...(await readK6Summaries(file)));
  if (summaries.length === 0) throw new UsageError(`${files.join(', ')}: no k6 summary found`);
  const formats = new Set(summaries.map((s) => s.format));
  if (formats.size > 1) throw new UsageError(`${files.join(', ')}: mixes k6 summary formats (${[...formats].join(', ')}); ingest one kind at a time`);
  const merged = mergeSummaries(summaries);
  if (f.scenario && merged.plan === undefined) {
    // The legacy export has no room for the plan; the scenario it was exported from rebuilds it.
    merged.plan = buildPlan(await resolveRampScenario(f.scenario, {}, '--scenario'), f.target ?? '(not recorded in the k6 summary)');
  }
  const probe = ingestK6(merged, { files, ...(f.expect ? { expect: f.expect } : {}), ...(f.target ? { target: redactUrl(f.target) } : {}) });
  const extra = [{ where: 'k6 ingest', defs: [{ id: 'k6-thresholds', metric: K6_THRESHOLDS_FAILED, expression: 'value==0', level: 'fail' as const }] }];
  if (probe.headroom != null)
    extra.push({ where: 'k6 ingest headroom', defs: [{ id: 'headroom', metric: 'headroom', expression: `value>=${probe.headroom}`, level: 'fail' as const }] });
  const gates = await planGates({ files: f.gates, probes: [{ probe: loadProbe.name, defaults: ['default.gates.yaml'], extra }], catalogs: CATALOGS });
  softenUnanswerableDefaults(gates, probe);
  const session = new RunSession('k6 ingest', f.out ?? defaultOutDir());
  session.probes.load = probe;
  // As `shipgate run` does: optional gates that apply to nothing measured (the flow's
  // iteration gate, for a k6 summary without shipgate's iterations) are left out.
  session.gates = expandGates(gates, session.probes).gates;
  const { exitCode } = await session.finish();
  return exitCode;
}
