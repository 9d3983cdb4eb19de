// Type-checks a generated k6 script against @types/k6 with the TypeScript compiler API: k6
// itself is not installed here, so this is how tests know an exported script is well formed.
import ts from 'typescript';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';

/** Compiler diagnostics for `script`, one line each; empty when it type-checks. */
export function typecheckK6Script(script: string, fileName = 'ramp.js'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'shipgate-k6-tsc-'));
  const file = join(dir, fileName);
  writeFileSync(file, script);
  const types = join(ROOT, 'node_modules', '@types');
  const program = ts.createProgram([file], {
    allowJs: true,
    checkJs: true,
    noEmit: true,
    strict: true,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    // k6 is not a browser and not Node: only the language and k6's own globals.
    lib: ['lib.es2020.d.ts'],
    typeRoots: [types],
    types: ['k6'],
    paths: { k6: [join(types, 'k6')], 'k6/*': [join(types, 'k6', '*')] },
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
}
