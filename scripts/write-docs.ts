// `npm run docs`: write the generated reference pages (docs/gates-reference.md, docs/cli.md).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliReference, gatesReference } from '../src/runner/docs.ts';

const docs = join(import.meta.dirname, '..', 'docs');
writeFileSync(join(docs, 'gates-reference.md'), gatesReference());
writeFileSync(join(docs, 'cli.md'), cliReference());
process.stdout.write('wrote docs/gates-reference.md, docs/cli.md\n');
