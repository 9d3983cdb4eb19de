// Writes schema/result.schema.json from the zod types.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultJsonSchemaText } from '../src/runner/json-schema.ts';

const file = join(import.meta.dirname, '..', 'schema', 'result.schema.json');
writeFileSync(file, resultJsonSchemaText());
console.log(`wrote ${file}`);
