import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultJsonSchemaText } from './json-schema.ts';
import { validateWithPublishedSchema } from '../../test/schema-validate.ts';

describe('published JSON Schema', () => {
  it('is current with the zod types (run `npm run schema` after changing them)', () => {
    const published = readFileSync(join(import.meta.dirname, '../../schema/result.schema.json'), 'utf8');
    expect(published).toBe(resultJsonSchemaText());
  });
  it('rejects a result.json that breaks the contract', () => {
    const errors = validateWithPublishedSchema({ schemaVersion: 1, verdict: 'maybe', gates: [], probes: {} });
    expect(errors.join('\n')).toMatch(/verdict|required/);
  });
});
