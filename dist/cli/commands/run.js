// `shipgate run`: the probes in the config, in order, then one verdict. A probe that fails to
// measure does not stop the others; its gates become "error".
import { Command, Option } from 'commander';
import { UsageError } from "../../core/errors.js";
import { execute } from "../../runner/run.js";
import { loadConfig } from "../../runner/config.js";
import { PROBE_NAMES } from "../../runner/registry.js";
import { findConfig } from "../../runner/config-file.js";
import { consoleProgress } from "../progress.js";
import { outputOptions } from "../output.js";
export function runCommand() {
    const cmd = new Command('run')
        .description('run the probes in the config and judge them into one verdict')
        .addOption(new Option('--config <file>', 'the config (default: shipgate.config.{ts,mts,js,mjs,json,yaml,yml} here or up to the repository root)').env('SHIPGATE_CONFIG'))
        .option('--only <probes>', `comma-separated subset: ${PROBE_NAMES.join(',')}`)
        .addOption(new Option('--baseline <file|dir>', "compare with this accepted run (default: the config's baseline.file)").env('SHIPGATE_BASELINE'))
        .addOption(new Option('--out <dir>', 'where the reports go (default reports/<timestamp>)').env('SHIPGATE_OUT'));
    outputOptions(cmd);
    return cmd.action(async (opts, c) => {
        c.setOptionValue('exitCode', await run(opts));
    });
}
async function run(opts) {
    const file = opts.config ?? findConfig(process.cwd());
    const config = await loadConfig(file);
    const configured = PROBE_NAMES.filter((p) => config[p] !== undefined);
    let probes = configured;
    if (opts.only) {
        const asked = opts.only
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        const unknown = asked.filter((a) => !PROBE_NAMES.includes(a));
        if (unknown.length)
            throw new UsageError(`--only: unknown probe ${unknown.join(', ')}; use ${PROBE_NAMES.join(',')}`);
        const missing = asked.filter((a) => !configured.includes(a));
        if (missing.length)
            throw new UsageError(`--only: ${missing.join(', ')} not configured in ${file}`);
        probes = asked;
    }
    if (!probes.length)
        throw new UsageError(`${file}: configures no probe (${PROBE_NAMES.join(', ')})`);
    return execute({
        command: 'run',
        config,
        where: file,
        probes,
        baselineFlag: opts.baseline,
        out: opts.out,
        output: { json: Boolean(opts.json), quiet: Boolean(opts.quiet) },
        progress: consoleProgress({ quiet: Boolean(opts.quiet) }),
    });
}
