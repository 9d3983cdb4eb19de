// The JSON Schema of result.json, generated from the zod types so the two cannot drift.
// Published at schema/result.schema.json (`npm run schema` writes it; a test checks it is
// current) for scripts in other languages that read result.json.
import { z } from 'zod';
import { Result } from "./result.js";
export function resultJsonSchema() {
    // "input": what a file on disk may hold (defaults not yet applied).
    const schema = z.toJSONSchema(Result, { io: 'input', unrepresentable: 'any' });
    return {
        title: 'shipgate result.json',
        description: 'One shipgate run: verdict, gates and what each probe measured. Versioned by schemaVersion; fields are added, never renamed.',
        ...schema,
    };
}
export function resultJsonSchemaText() {
    return JSON.stringify(resultJsonSchema(), null, 2) + '\n';
}
