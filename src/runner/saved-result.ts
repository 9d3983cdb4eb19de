// A saved run: result.json read back and validated, and its reports rendered again from it
// alone (through the probes' report sections), as `shipgate report` and `signoff` need.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { formatIssues } from '../core/load-file.ts';
import { writeFileAtomic } from '../core/atomic-write.ts';
import { renderMarkdown } from '../reports/markdown.ts';
import { renderHtml } from '../reports/html.ts';
import { renderJunit } from '../reports/junit.ts';
import { renderTerminal } from '../reports/terminal.ts';
import { REPORT_FILES } from '../reports/write-reports.ts';
import type { ReportExtras } from '../reports/extras.ts';
import { redactText } from '../lib/redact.ts';
import { Result } from './result.ts';
import { sectionsOf } from './evaluate.ts';

export async function readResultDir(dir: string): Promise<Result> {
  const file = join(dir, 'result.json');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`${file}: cannot read: ${(err as Error).message}`);
  }
  const parsed = Result.safeParse(raw);
  if (!parsed.success) throw new UsageError(formatIssues(file, parsed.error.issues));
  return parsed.data;
}

export type ReportFormat = 'md' | 'html' | 'junit' | 'terminal';

export async function renderSaved(r: Result, format: ReportFormat, extras: ReportExtras = {}): Promise<string> {
  const sections = sectionsOf(r);
  switch (format) {
    case 'md':
      return redactText(renderMarkdown(r, sections, extras));
    case 'html':
      return renderHtml(r, sections, extras); // redacted by renderHtml
    case 'junit':
      return redactText(renderJunit(r));
    case 'terminal':
      return redactText(renderTerminal(r, sections) + '\n');
  }
}

/** Writes report.md and report.html again beside result.json (after a sign-off, say). */
export async function rewriteReports(dir: string, r: Result, extras: ReportExtras): Promise<void> {
  await writeFileAtomic(join(dir, REPORT_FILES.md), await renderSaved(r, 'md', extras));
  await writeFileAtomic(join(dir, REPORT_FILES.html), await renderSaved(r, 'html', extras));
}
