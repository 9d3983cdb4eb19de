// A reader never sees a half-written file: every write lands whole, by rename.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, writeFileAtomicSync } from './atomic-write.ts';

describe('writeFileAtomic', () => {
  it('readers racing many large writes only ever see a complete file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipgate-atomic-'));
    const file = join(dir, 'result.json');
    const doc = (i: number) => JSON.stringify({ i, pad: 'x'.repeat(2_000_000 + i) });
    await writeFileAtomic(file, doc(0));
    let reads = 0;
    let writing = true;
    const reader = (async () => {
      while (writing) {
        const text = readFileSync(file, 'utf8');
        const parsed = JSON.parse(text) as { i: number; pad: string }; // throws on a torn file
        expect(parsed.pad.length).toBe(2_000_000 + parsed.i);
        reads++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    for (let i = 1; i <= 20; i++) await writeFileAtomic(file, doc(i));
    writing = false;
    await reader;
    expect(reads).toBeGreaterThan(5);
    expect(JSON.parse(readFileSync(file, 'utf8')).i).toBe(20);
    // No temp files are left beside it.
    expect(readdirSync(dir)).toEqual(['result.json']);
  });

  it('the sync variant (used on a second Ctrl-C) creates folders and leaves no temp file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipgate-atomic-'));
    const file = join(dir, 'a', 'b', 'result.json');
    writeFileAtomicSync(file, '{"ok":true}\n');
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['result.json']);
  });
});
