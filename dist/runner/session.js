// One measuring command from start to exit: holds the probes' blocks as they arrive, handles
// Ctrl-C / SIGTERM (first: stop load and clean up, then write a partial result; second: write
// what there is and exit at once), judges the gates and writes the reports.
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { SCHEMA_VERSION } from "../core/result.js";
import { writeFileAtomicSync } from "../core/atomic-write.js";
import { redactText } from "../lib/redact.js";
import { formatDuration } from "../lib/duration.js";
import { exitCodeFor, ExitCode } from "../core/errors.js";
import { makeVerdict } from "../gates/verdict.js";
import { compareWithBaseline, baselineGates } from "../baseline/compare.js";
import { comparablesOf, judgeAll, sectionsOf } from "./evaluate.js";
import { renderTerminal } from "../reports/terminal.js";
import { writeReports } from "../reports/write-reports.js";
const pkg = createRequire(import.meta.url)('../../package.json');
export const TOOL = { name: 'shipgate', version: pkg.version };
export function defaultOutDir(now = new Date()) {
    return join('reports', now.toISOString().replace(/[:.]/g, '-'));
}
export class RunSession {
    command;
    outDir;
    output;
    log;
    startedAt = new Date().toISOString();
    controller = new AbortController();
    probes = {};
    gates = [];
    interrupted = false;
    /** The accepted run to compare with (`--baseline`), and how to judge the differences. */
    baseline;
    /** A baseline the config names that does not exist: nothing is compared, and it is said. */
    baselineMissing;
    message;
    signals = 0;
    onSignal = (sig) => this.handleSignal(sig);
    capTimer;
    constructor(command, outDir, output = {}, log = (l) => process.stderr.write(redactText(l) + '\n')) {
        this.command = command;
        this.outDir = outDir;
        this.output = output;
        this.log = log;
    }
    get signal() {
        return this.controller.signal;
    }
    get resultPath() {
        return join(this.outDir, 'result.json');
    }
    installSignalHandlers() {
        process.on('SIGINT', this.onSignal);
        process.on('SIGTERM', this.onSignal);
    }
    removeSignalHandlers() {
        process.off('SIGINT', this.onSignal);
        process.off('SIGTERM', this.onSignal);
        clearTimeout(this.capTimer);
    }
    /** Abort the session when the whole run outlives its cap. */
    capRunTime(maxMs) {
        this.capTimer = setTimeout(() => {
            this.message = `run stopped: it passed its time cap of ${formatDuration(maxMs)}`;
            this.controller.abort(new Error(`time cap of ${formatDuration(maxMs)} reached`));
        }, maxMs);
        this.capTimer.unref();
    }
    handleSignal(sig) {
        this.signals++;
        this.interrupted = true;
        if (this.signals === 1) {
            this.log(`\n${sig}: stopping load and cleaning up (again to exit at once)`);
            this.controller.abort(new Error(sig));
            return;
        }
        try {
            writeFileAtomicSync(this.resultPath, redactText(JSON.stringify(this.build(), null, 2)) + '\n');
        }
        finally {
            process.exit(ExitCode.interrupted);
        }
    }
    build() {
        const gates = judgeAll(this.gates, this.probes);
        let baseline;
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
    /** Judge, write every report, print the summary (or result.json with --json); returns the exit code. */
    async finish(print = (t) => process.stdout.write(t + '\n')) {
        const result = this.build();
        const sections = sectionsOf(result);
        await writeReports(result, sections, this.outDir);
        if (this.output.json)
            print(redactText(JSON.stringify(result, null, 2)));
        else if (this.output.quiet)
            print(redactText(renderTerminal(result, [], this.resultPath, { gates: 'failed' })));
        else {
            print(redactText(renderTerminal(result, sections, this.resultPath)));
            print(`HTML report: ${join(this.outDir, 'report.html')} (also report.md, junit.xml)`);
        }
        this.removeSignalHandlers();
        return { result, exitCode: exitCodeFor(result.verdict, result.interrupted) };
    }
}
