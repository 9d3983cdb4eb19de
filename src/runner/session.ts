// One measuring command from start to exit: holds the probes' results as they arrive,
// handles Ctrl-C / SIGTERM (first: stop load and clean up, then write a partial result;
// second: write what there is and exit at once), judges the gates and writes the reports.
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { ProbeName, Result } from './result.ts';
import { SCHEMA_VERSION } from '../core/result.ts';
import { writeFileAtomicSync } from '../core/atomic-write.ts';
import { redactText } from '../lib/redact.ts';
import { exitCodeFor, ExitCode } from '../core/exit-codes.ts';
import type { GateSpec } from '../gates/gate-spec.ts';
import { judgeGate } from '../gates/judge.ts';
import { probeMetrics } from '../gates/probe-metrics.ts';
import { makeVerdict } from '../gates/verdict.ts';
import { compareWithBaseline, baselineGates, type BaselinePolicy } from '../baseline/compare.ts';
import { renderTerminal } from '../reports/terminal.ts';
import { writeReports } from '../reports/write-reports.ts';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
export const TOOL = { name: 'shipgate' as const, version: pkg.version };

export function defaultOutDir(now = new Date()): string {
  return join('reports', now.toISOString().replace(/[:.]/g, '-'));
}

export class RunSession {
  readonly startedAt = new Date().toISOString();
  readonly controller = new AbortController();
  probes: Result['probes'] = {};
  gates: GateSpec[] = [];
  interrupted = false;
  /** The accepted run to compare with (`--baseline`), and how to judge the differences. */
  baseline: { path: string; result: Result; policy: BaselinePolicy } | undefined;
  /** A baseline the config names that does not exist: nothing is compared, and it is said. */
  baselineMissing: { path: string; policy: BaselinePolicy } | undefined;
  message: string | undefined;
  private signals = 0;
  private readonly onSignal = (sig: NodeJS.Signals) => this.handleSignal(sig);

  constructor(
    readonly command: string,
    readonly outDir: string,
    private readonly log: (line: string) => void = (l) => process.stderr.write(redactText(l) + '\n'),
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get resultPath(): string {
    return join(this.outDir, 'result.json');
  }

  installSignalHandlers(): void {
    process.on('SIGINT', this.onSignal);
    process.on('SIGTERM', this.onSignal);
  }

  removeSignalHandlers(): void {
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
  }

  private handleSignal(sig: NodeJS.Signals): void {
    this.signals++;
    this.interrupted = true;
    if (this.signals === 1) {
      this.log(`\n${sig}: stopping load and cleaning up (again to exit at once)`);
      this.controller.abort(new Error(sig));
      return;
    }
    try {
      writeFileAtomicSync(this.resultPath, redactText(JSON.stringify(this.build(), null, 2)) + '\n');
    } finally {
      process.exit(ExitCode.interrupted);
    }
  }

  build(): Result {
    const metrics = probeMetrics(this.probes);
    const gates = this.gates.map((g) => judgeGate(g, metrics));
    // A probe that ran is judged: if every gate for it fell away (optional gates matching
    // nothing it measured), that is said, and it does not pass.
    for (const probe of Object.keys(this.probes) as ProbeName[]) {
      if (this.probes[probe] && !gates.some((g) => g.probe === probe)) {
        gates.push({
          id: `${probe}-judged`,
          probe,
          metric: '(any)',
          expression: 'judged',
          actual: null,
          level: 'fail',
          outcome: 'not-measured',
          message: `no gate applies to what the ${probe} probe measured; add a gate for it (see docs on gate files)`,
        });
      }
    }
    const partial = { probes: this.probes, startedAt: this.startedAt } as Result;
    let baseline = this.baseline ? compareWithBaseline(partial, this.baseline.result, this.baseline.path, this.baseline.policy) : undefined;
    if (baseline) gates.push(...baselineGates(baseline));
    if (this.baselineMissing) {
      const { path, policy } = this.baselineMissing;
      const message = `the baseline ${path} named in the config does not exist: nothing was compared with it (accept a run with \`shipgate baseline accept\`, or fix the path)`;
      baseline = { source: path, missing: true, message, policy: { warn: policy.warn, fail: policy.fail }, comparisons: [] };
      gates.push({ id: 'baseline', probe: 'baseline', metric: 'baseline', expression: 'exists', actual: null, level: 'warn', outcome: 'not-measured', message });
    }
    return {
      schemaVersion: SCHEMA_VERSION,
      verdict: makeVerdict(gates, this.probes, this.interrupted),
      startedAt: this.startedAt,
      finishedAt: new Date().toISOString(),
      interrupted: this.interrupted,
      tool: TOOL,
      command: this.command,
      ...(this.message ? { message: this.message } : {}),
      gates,
      ...(baseline ? { baseline } : {}),
      probes: this.probes,
    };
  }

  /** Judge, write result.json and report.md, print the summary; returns the exit code. */
  async finish(print: (text: string) => void = (t) => process.stdout.write(t + '\n')): Promise<{ result: Result; exitCode: number }> {
    const result = this.build();
    await writeReports(result, this.outDir);
    print(redactText(renderTerminal(result, this.resultPath)));
    print(`HTML report: ${join(this.outDir, 'report.html')} (also report.md, junit.xml)`);
    this.removeSignalHandlers();
    return { result, exitCode: exitCodeFor(result.verdict, result.interrupted) };
  }
}
