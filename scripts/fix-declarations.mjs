// tsc rewrites relative `.ts` imports to `.js` in the JavaScript it emits
// (rewriteRelativeImportExtensions) but not in declaration files: do the same for dist/**/*.d.ts,
// so a consumer's TypeScript resolves them.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.d.ts')) {
      const text = readFileSync(p, 'utf8');
      const fixed = text.replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1$2.js$3');
      if (fixed !== text) writeFileSync(p, fixed);
    }
  }
}
walk(join(import.meta.dirname, '..', 'dist'));
