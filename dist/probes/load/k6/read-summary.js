// Where k6 summaries come from: a JSON file (`--summary-export`, or handleSummary written to
// a file), or a log (`k6 run ... > k6.log`, `kubectl logs` of every runner pod) holding one
// marked line per runner from a shipgate-exported script. A bad file is a usage error.
import { readFile } from 'node:fs/promises';
import { UsageError } from "../../../core/errors.js";
import { parseK6Summary, SummaryShapeError } from "./summary.js";
import { SUMMARY_MARKER } from "./export-script.js";
export async function readK6Summaries(file) {
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (err) {
        throw new UsageError(`${file}: cannot read: ${err.code ?? err.message}`);
    }
    const raws = [];
    if (text.includes(SUMMARY_MARKER)) {
        text.split('\n').forEach((line, i) => {
            const at = line.indexOf(SUMMARY_MARKER);
            if (at < 0)
                return;
            try {
                raws.push(JSON.parse(line.slice(at + SUMMARY_MARKER.length)));
            }
            catch (err) {
                // A pod log cut off mid-line (kubectl --tail, log rotation) loses that runner's data.
                throw new UsageError(`${file}:${i + 1}: the ${SUMMARY_MARKER} line is not whole JSON: ${err.message}`);
            }
        });
    }
    else {
        try {
            raws.push(JSON.parse(text));
        }
        catch (err) {
            throw new UsageError(`${file}: not JSON: ${err.message}`, 'pass the file k6 wrote with --summary-export, or handleSummary JSON, or a log of a shipgate-exported script');
        }
    }
    return raws.map((raw) => {
        try {
            return parseK6Summary(raw);
        }
        catch (err) {
            if (err instanceof SummaryShapeError)
                throw new UsageError(`${file}: ${err.message}`);
            throw err;
        }
    });
}
