// One measuring command from start to exit: holds the probes' blocks as they arrive, handles
// Ctrl-C / SIGTERM (first: stop load and clean up, then write a partial result; second: write
// what there is and exit at once), judges the gates and writes the reports.
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { ProbeBlocks, Result } from './result.ts';
import { SCHEMA_VERSION } from '../core/result.ts';
import type { GateSpec } from '../core/metric.ts';
import { writeFileAtomicSync } from '../core/atomic-write.ts';
import { redactText } from '../lib/redact.ts';
import { formatDuration } from '../lib/duration.ts';
import { exitCodeFor, ExitCode } from '../core/errors.ts';
import { makeVerdict } from '../gates/verdict.ts';
import { compareWithBaseline, baselineGates, type BaselinePolicy } from '../baseline/compare.ts';
import { comparablesOf, judgeAll, sectionsOf } from './evaluate.ts';
import { renderTerminal } from '../reports/terminal.ts';
import { writeReports } from '../reports/write-reports.ts';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
export const TOOL = { name: 'shipgate' as const, version: pkg.version };

export function defaultOutDir(now = new Date()): string {
  return join('reports', now.toISOString().replace(/[:.]/g, '-'));
}

export interface OutputMode {
  /** Print result.json on stdout instead of the summary. */
  json?: boolean;
  /** No progress, only the verdict line. */
  quiet?: boolean;
}

export class RunSession {
  readonly startedAt = new Date().toISOString();
  readonly controller = new AbortController();
  probes: ProbeBlocks = {};
  gates: GateSpec[] = [];
  interrupted = false;
  /** The accepted run to compare with (`--baseline`), and how to judge the differences. */
  baseline: { path: string; result: Result; policy: BaselinePolicy } | undefined;
  /** A baseline the config names that does not exist: nothing is compared, and it is said. */
  baselineMissing: { path: string; policy: BaselinePolicy } | undefined;
  message: string | undefined;
  private signals = 0;
  private readonly onSignal = (sig: NodeJS.Signals) => this.handleSignal(sig);
  private capTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly command: string,
    readonly outDir: string,
    readonly output: OutputMode = {},
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
    clearTimeout(this.capTimer);
  }

  /** Abort the session when the whole run outlives its cap. */
  capRunTime(maxMs: number): void {
    this.capTimer = setTimeout(() => {
      this.message = `run stopped: it passed its time cap of ${formatDuration(maxMs)}`;
      this.controller.abort(new Error(`time cap of ${formatDuration(maxMs)} reached`));
    }, maxMs);
    this.capTimer.unref();
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
    const gates = judgeAll(this.gates, this.probes);
    let baseline: Result['baseline'];
    if (this.baseline) {
      const b = this.baseline;
      baseline = compareWithBaseline(comparablesOf(this.probes), comparablesOf(b.result.probes), { source: b.path, startedAt: b.result.startedAt }, b.policy);
      gates.push(...baselineGates(baseline));
    }
    if (this.baselineMissing) {
      const { path, policy } = this.baselineMissing;
      const message = `the baseline ${path} named in the config does not exist: nothing was compared with it (accept a run with \`shipgate baseline accept\`, or fix the path)`;
      baseline = { source: path, missing: true, message, policy: { warn: policy.warn, fail: policy.fail }, comparisons: [] };
      gates.push({
        id: 'baseline',
        probe: 'baseline',
        metric: 'baseline',
        expression: 'exists',
        actual: null,
        level: 'warn',
        outcome: 'not-measured',
        message,
      });
    }
    return {
      schemaVersion: SCHEMA_VERSION,
      verdict: makeVerdict(gates, this.probes as Record<string, { status?: string }>, this.interrupted),
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

  /** Judge, write every report, print the summary (or result.json with --json); returns the exit code. */
  async finish(print: (text: string) => void = (t) => process.stdout.write(t + '\n')): Promise<{ result: Result; exitCode: number }> {
    const result = this.build();
    const sections = sectionsOf(result);
    await writeReports(result, sections, this.outDir);
    if (this.output.json) print(redactText(JSON.stringify(result, null, 2)));
    else if (this.output.quiet) print(redactText(renderTerminal(result, [], this.resultPath, { gates: 'failed' })));
    else {
      print(redactText(renderTerminal(result, sections, this.resultPath)));
      print(`HTML report: ${join(this.outDir, 'report.html')} (also report.md, junit.xml)`);
    }
    this.removeSignalHandlers();
    return { result, exitCode: exitCodeFor(result.verdict, result.interrupted) };
  }
}
