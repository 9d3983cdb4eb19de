// The generated reference pages are current (`npm run docs` after changing a flag or metric),
// and every probe's flag table is sound: each flag sets a key its config schema knows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnyProbe, FlagSpec } from '../core/probe.ts';
import { cliReference, gatesReference } from './docs.ts';
import { PROBES } from './registry.ts';

const docs = join(import.meta.dirname, '..', '..', 'docs');

describe('generated docs', () => {
  it('docs/gates-reference.md and docs/cli.md are current (run `npm run docs`)', () => {
    expect(readFileSync(join(docs, 'gates-reference.md'), 'utf8')).toBe(gatesReference());
    expect(readFileSync(join(docs, 'cli.md'), 'utf8')).toBe(cliReference());
  });
  it('list every probe, metric and flag', () => {
    for (const p of PROBES as readonly AnyProbe[]) {
      expect(cliReference()).toContain(`## shipgate ${p.command.name}`);
      for (const m of Object.keys(p.metrics.catalog)) expect(gatesReference()).toContain(`\`${m}\``);
    }
  });
});

describe('flag tables', () => {
  it('every flag of every probe names one distinct flag and a top-level key of its config', () => {
    const problems: string[] = [];
    for (const p of PROBES as readonly AnyProbe[]) {
      const seen = new Set<string>();
      for (const [key, v] of Object.entries(p.command.flags)) {
        for (const f of (v === null ? [] : Array.isArray(v) ? v : [v]) as FlagSpec[]) {
          const flag = /--[a-z0-9-]+/.exec(f.flags)?.[0];
          if (!flag) problems.push(`${p.name}: "${f.flags}" names no --flag`);
          else if (seen.has(flag)) problems.push(`${p.name}: ${flag} twice`);
          else seen.add(flag);
          if (f.path.split('.')[0] !== key) problems.push(`${p.name}: ${flag} sets ${f.path}, listed under ${key}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
