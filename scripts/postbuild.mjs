// After tsc: (1) tsc rewrites relative `.ts` imports to `.js` in the JavaScript it emits
// (rewriteRelativeImportExtensions) but not in declaration files: do the same for
// dist/**/*.d.ts so a consumer's TypeScript resolves them. (2) A CommonJS entry for
// `require('shipgate')` (a TypeScript config in a "type": "commonjs" project is loaded as
// CommonJS): what a config needs at run time is two identity helpers.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '..', 'dist');

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
walk(dist);

// Written last: bin/shipgate.js compares the sources with this moment (an incremental build
// leaves unchanged files with their old times).
const stamp = () => writeFileSync(join(dist, '.built'), `${new Date().toISOString()}\n`);

writeFileSync(
  join(dist, 'index.cjs'),
  `'use strict';
// CommonJS entry: what a shipgate.config.ts or journey needs at run time (the types are in index.d.ts).
exports.defineConfig = (config) => config;
exports.defineJourney = (journey) => journey;
`,
);
stamp();
