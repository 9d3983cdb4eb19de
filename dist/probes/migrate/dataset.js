// A synthetic dataset (`scenarios/*.dataset.yaml`): tables, their row counts and one
// generator per column. Validated as a whole so every problem is reported at once.
import { z } from 'zod';
import { loadFile, formatIssues } from "../../core/load-file.js";
import { UsageError } from "../../core/errors.js";
const Common = {
    /** SQL type; each generator has a sensible default. */
    type: z.string().min(1).optional(),
    /** Share of rows that are NULL, 0..1. */
    nullFraction: z.number().min(0).max(1).default(0),
};
export const ColumnGen = z.discriminatedUnion('gen', [
    z.strictObject({ gen: z.literal('sequence'), start: z.number().int().default(1), ...Common }),
    z.strictObject({ gen: z.literal('int'), min: z.number().int().default(0), max: z.number().int().default(1_000_000), ...Common }),
    z.strictObject({ gen: z.literal('text'), length: z.number().int().min(1).max(1000).default(12), ...Common }),
    z.strictObject({
        gen: z.literal('timestamp'),
        from: z.coerce.date().default(new Date('2020-01-01T00:00:00Z')),
        to: z.coerce.date().default(new Date('2025-01-01T00:00:00Z')),
        ...Common,
    }),
    z.strictObject({
        gen: z.literal('fk'),
        /** "table.column"; the column must be a sequence of the referenced table. */
        references: z.string().regex(/^[A-Za-z_][\w]*\.[A-Za-z_][\w]*$/, 'write table.column'),
        /** Also declare the FOREIGN KEY constraint (added after the load). */
        constraint: z.boolean().default(false),
        ...Common,
    }),
    z.strictObject({ gen: z.literal('choice'), values: z.array(z.union([z.string(), z.number()])).min(1), ...Common }),
    z.strictObject({ gen: z.literal('bool'), ...Common }),
]);
const Ident = z.string().regex(/^[A-Za-z_][\w]*$/, 'a plain SQL identifier (letters, digits, _)');
export const TableSpec = z.strictObject({
    rows: z.number().int().min(0),
    columns: z.record(Ident, ColumnGen).refine((c) => Object.keys(c).length > 0, 'a table needs at least one column'),
    /** Indexes built after the load: a column list or expression, e.g. "customer_id" or "lower(email)". */
    indexes: z.array(z.string().min(1)).default([]),
});
export const DatasetSpec = z
    .strictObject({
    description: z.string().optional(),
    seed: z.number().int().default(42),
    tables: z.record(Ident, TableSpec),
})
    .superRefine((d, ctx) => {
    for (const [t, spec] of Object.entries(d.tables)) {
        for (const [col, g] of Object.entries(spec.columns)) {
            if (g.gen !== 'fk')
                continue;
            const [rt, rc] = g.references.split('.');
            const target = d.tables[rt]?.columns[rc];
            if (target?.gen !== 'sequence') {
                ctx.addIssue({
                    code: 'custom',
                    path: ['tables', t, 'columns', col, 'references'],
                    message: `${g.references} must name a sequence column of a table in this dataset`,
                });
            }
        }
    }
});
export async function loadDataset(file) {
    return (await loadFile(file, DatasetSpec)).data;
}
export function parseDataset(raw, where) {
    const r = DatasetSpec.safeParse(raw);
    if (!r.success)
        throw new UsageError(formatIssues(where, r.error.issues));
    return r.data;
}
/** Row counts at a scale factor (at least one row per non-empty table). */
export function scaledRows(d, scale) {
    return Object.fromEntries(Object.entries(d.tables).map(([t, s]) => [t, s.rows === 0 ? 0 : Math.max(1, Math.round(s.rows * scale))]));
}
/** Tables in an order where every fk target comes before the tables that reference it. */
export function loadOrder(d) {
    const order = [];
    const visit = (t, stack) => {
        if (order.includes(t) || stack.has(t))
            return;
        stack.add(t);
        for (const g of Object.values(d.tables[t].columns))
            if (g.gen === 'fk')
                visit(g.references.split('.')[0], stack);
        order.push(t);
    };
    for (const t of Object.keys(d.tables))
        visit(t, new Set());
    return order;
}
