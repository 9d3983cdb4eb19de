// Validates a result.json against the published JSON Schema (not the zod types), as a
// script in another language would: every result.json the tests produce goes through it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

let validate: (((data: unknown) => boolean) & { errors?: unknown[] | null }) | undefined;

export function validateWithPublishedSchema(data: unknown): string[] {
  if (!validate) {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'result.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    validate = ajv.compile(schema);
  }
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => JSON.stringify(e));
}
