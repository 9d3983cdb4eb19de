// Every format a run leaves in its folder, all rendered from the one result (and the probes'
// sections built from it): result.json, report.md, report.html, junit.xml; and, under GitHub
// Actions, the job summary, annotations and outputs.
import { join } from 'node:path';
import type { Section } from '../core/report-model.ts';
import type { ResultEnvelope as Result } from '../core/result.ts';
import { writeFileAtomic } from '../core/atomic-write.ts';
import { renderMarkdown } from './markdown.ts';
import { renderJunit } from './junit.ts';
import { renderHtml } from './html.ts';
import { publishToGitHub, underGitHubActions } from './github.ts';
import { redactText } from '../lib/redact.ts';

export const REPORT_FILES = { json: 'result.json', md: 'report.md', html: 'report.html', junit: 'junit.xml' } as const;

export async function writeReports(r: Result, sections: readonly Section[], outDir: string): Promise<void> {
  // result.json first: if anything after it fails, the measurement is still on disk.
  // Every file passes through the redactor: a secret that reached a message (a password in a
  // connection string, a token in a header) never reaches the disk. renderHtml redacts its own
  // page (all of it but the inlined chart library).
  await writeFileAtomic(join(outDir, REPORT_FILES.json), redactText(JSON.stringify(r, null, 2)) + '\n');
  const md = redactText(renderMarkdown(r, sections));
  await writeFileAtomic(join(outDir, REPORT_FILES.md), md);
  await writeFileAtomic(join(outDir, REPORT_FILES.junit), redactText(renderJunit(r)));
  await writeFileAtomic(join(outDir, REPORT_FILES.html), await renderHtml(r, sections));
  if (underGitHubActions()) await publishToGitHub(r, md, outDir);
}
