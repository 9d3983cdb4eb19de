// `shipgate report --in DIR [--format md|html|junit|github|terminal]`: render a saved run
// again from result.json alone, without measuring anything. Without --format, every file
// format is written again beside result.json. A signed-off run whose result.json changed
// since the sign-off is reported as tampered (exit 1).
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { writeFileAtomic } from "../../core/atomic-write.js";
import { exitCodeFor, ExitCode } from "../../core/errors.js";
import { publishToGitHub } from "../../reports/github.js";
import { REPORT_FILES } from "../../reports/write-reports.js";
import { checkSignoff } from "../../runner/signoff.js";
import { readResultDir, renderSaved } from "../../runner/saved-result.js";
export const REPORT_FORMATS = ['md', 'html', 'junit', 'github', 'terminal'];
export function reportCommand() {
    return new Command('report')
        .description('render a saved run (result.json) as a report, without measuring')
        .requiredOption('--in <dir>', 'a run folder holding result.json')
        .addOption(new Option('--format <format>', 'one format (default: write md, html and junit)').choices([...REPORT_FORMATS]))
        .option('--stdout', 'print the report instead of writing it beside result.json')
        .action(async (opts, cmd) => {
        const result = await readResultDir(opts.in);
        const signoff = await checkSignoff(opts.in);
        if (signoff?.tampered)
            process.stderr.write(`shipgate: ${signoff.tampered}\n`);
        const extras = signoff ? { signoff: signoff.record, ...(signoff.tampered ? { tampered: signoff.tampered } : {}) } : {};
        if (opts.format === 'terminal')
            process.stdout.write(await renderSaved(result, 'terminal', extras));
        else if (opts.format === 'github')
            await publishToGitHub(result, await renderSaved(result, 'md', extras), opts.in);
        else {
            for (const f of opts.format ? [opts.format] : ['md', 'html', 'junit']) {
                const text = await renderSaved(result, f, extras);
                if (opts.stdout)
                    process.stdout.write(text);
                else {
                    const file = join(opts.in, REPORT_FILES[f]);
                    await writeFileAtomic(file, text);
                    process.stdout.write(`${file}\n`);
                }
            }
        }
        cmd.setOptionValue('exitCode', signoff?.tampered ? ExitCode.gateFailed : exitCodeFor(result.verdict, result.interrupted));
    });
}
