// --json and --quiet, shared by every measuring command: scripts read result.json on stdout;
// a quiet run prints only what failed and the verdict.
import { Option } from 'commander';
export function outputOptions(cmd) {
    return cmd
        .addOption(new Option('--json', 'print result.json on stdout instead of the summary (progress still on stderr unless --quiet)').env('SHIPGATE_JSON'))
        .addOption(new Option('--quiet', 'no progress; print only gates that did not pass and the verdict').env('SHIPGATE_QUIET'));
}
