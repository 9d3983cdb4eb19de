// A single-probe command (`shipgate ramp`, `migrate`, `web`, `audit`) built from the probe's
// flag table: each flag sets one key of the probe's config section, so the command and the
// config cannot drift. The command then runs the same plan as `shipgate run` with one probe.
import { Command, Option } from 'commander';
import { UsageError } from "../core/errors.js";
import { formatIssues } from "../core/load-file.js";
import { collect, duration } from "../core/flags.js";
import { execute } from "../runner/run.js";
import { ShipgateConfig } from "../runner/config.js";
import { consoleProgress } from "./progress.js";
import { outputOptions } from "./output.js";
export function flagSpecs(probe) {
    return Object.values(probe.command.flags).flatMap((f) => (f === null ? [] : Array.isArray(f) ? f : [f]));
}
/** The commander option name a flag's value is stored under ("--step-duration <d>" → stepDuration). */
function attributeName(flags) {
    const long = /--([a-z0-9-]+)/.exec(flags)[1];
    return long.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
export function probeCommand(probe) {
    const defaults = { maxRunTime: probe.command.maxRunTime ?? 30 * 60_000 };
    const cmd = new Command(probe.command.name).description(probe.command.description);
    for (const f of flagSpecs(probe)) {
        const o = new Option(f.flags, f.description);
        if (f.choices)
            o.choices(f.choices);
        if (f.env)
            o.env(f.env);
        if (f.parse)
            o.argParser(f.parse);
        else if (f.repeatable)
            o.argParser(collect);
        cmd.addOption(o);
    }
    cmd
        .option('--gates <file>', "gate file (repeatable; default: the playbook's gates for this probe)", collect, [])
        .option('--baseline <file|dir>', 'compare with this accepted run (result.json or its folder)')
        .addOption(new Option('--max-run-time <d>', `hard cap on the whole command (default ${defaults.maxRunTime / 60_000}m)`)
        .argParser(duration)
        .env('SHIPGATE_MAX_RUN_TIME'))
        .option('--allow-host <host>', 'allow load to this non-loopback host (repeatable)', collect, [])
        .addOption(new Option('--out <dir>', 'where result.json and the reports go (default reports/<timestamp>)').env('SHIPGATE_OUT'));
    outputOptions(cmd);
    cmd.action(async (opts, c) => {
        const section = {};
        for (const f of flagSpecs(probe)) {
            const v = opts[attributeName(f.flags)];
            if (v !== undefined)
                setPath(section, f.path, v);
        }
        const parsed = ShipgateConfig.safeParse({
            gates: opts.gates,
            allowHosts: opts.allowHost,
            maxRunTime: (opts.maxRunTime ?? defaults.maxRunTime) / 1000,
            [probe.name]: section,
        });
        if (!parsed.success)
            throw new UsageError(flagIssues(probe, parsed.error.issues));
        c.setOptionValue('exitCode', await execute({
            command: probe.command.name,
            config: parsed.data,
            where: '--flags',
            probes: [probe.name],
            baselineFlag: opts.baseline,
            out: opts.out,
            output: { json: Boolean(opts.json), quiet: Boolean(opts.quiet) },
            progress: consoleProgress({ quiet: Boolean(opts.quiet) }),
        }));
    });
    return cmd;
}
function setPath(target, path, value) {
    const keys = path.split('.');
    let at = target;
    for (const k of keys.slice(0, -1))
        at = (at[k] ??= {});
    at[keys.at(-1)] = value;
}
/** A bad value names the flag that set it, not the config path. */
function flagIssues(probe, issues) {
    const byPath = new Map(flagSpecs(probe).map((f) => [`${probe.name}.${f.path}`, /--[a-z0-9-]+/.exec(f.flags)[0]]));
    return issues
        .map((i) => {
        const path = i.path.map(String).join('.');
        const flag = [...byPath.entries()].find(([p]) => path === p || path.startsWith(`${p}.`))?.[1];
        return flag ? `${flag}: ${i.message}` : formatIssues('--flags', [i]);
    })
        .join('\n');
}
