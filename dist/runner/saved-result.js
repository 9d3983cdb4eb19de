// A saved run: result.json read back and validated, and its reports rendered again from it
// alone (through the probes' report sections), as `shipgate report` and `signoff` need.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from "../core/errors.js";
import { formatIssues } from "../core/load-file.js";
import { writeFileAtomic } from "../core/atomic-write.js";
import { renderMarkdown } from "../reports/markdown.js";
import { renderHtml } from "../reports/html.js";
import { renderJunit } from "../reports/junit.js";
import { renderTerminal } from "../reports/terminal.js";
import { REPORT_FILES } from "../reports/write-reports.js";
import { redactText } from "../lib/redact.js";
import { Result } from "./result.js";
import { sectionsOf } from "./evaluate.js";
export async function readResultDir(dir) {
    const file = join(dir, 'result.json');
    let raw;
    try {
        raw = JSON.parse(await readFile(file, 'utf8'));
    }
    catch (err) {
        throw new UsageError(`${file}: cannot read: ${err.message}`);
    }
    const parsed = Result.safeParse(raw);
    if (!parsed.success)
        throw new UsageError(formatIssues(file, parsed.error.issues));
    return parsed.data;
}
export async function renderSaved(r, format, extras = {}) {
    const sections = sectionsOf(r);
    switch (format) {
        case 'md':
            return redactText(renderMarkdown(r, sections, extras));
        case 'html':
            return redactText(await renderHtml(r, sections, extras));
        case 'junit':
            return redactText(renderJunit(r));
        case 'terminal':
            return redactText(renderTerminal(r, sections) + '\n');
    }
}
/** Writes report.md and report.html again beside result.json (after a sign-off, say). */
export async function rewriteReports(dir, r, extras) {
    await writeFileAtomic(join(dir, REPORT_FILES.md), await renderSaved(r, 'md', extras));
    await writeFileAtomic(join(dir, REPORT_FILES.html), await renderSaved(r, 'html', extras));
}
