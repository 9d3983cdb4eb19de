import { z } from 'zod';
export declare const ColumnGen: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodOptional<z.ZodString>;
    nullFraction: z.ZodDefault<z.ZodNumber>;
    gen: z.ZodLiteral<"sequence">;
    start: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodOptional<z.ZodString>;
    nullFraction: z.ZodDefault<z.ZodNumber>;
    gen: z.ZodLiteral<"int">;
    min: z.ZodDefault<z.ZodNumber>;
    max: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodOptional<z.ZodString>;
    nullFraction: z.ZodDefault<z.ZodNumber>;
    gen: z.ZodLiteral<"text">;
    length: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodOptional<z.ZodString>;
    nullFraction: z.ZodDefault<z.ZodNumber>;
    gen: z.ZodLiteral<"timestamp">;
    from: z.ZodDefault<z.ZodCoercedDate<unknown>>;
    to: z.ZodDefault<z.ZodCoercedDate<unknown>>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodOptional<z.ZodString>;
    nullFraction: z.ZodDefault<z.ZodNumber>;
    gen: z.ZodLiteral<"fk">;
    references: z.ZodString;
    constraint: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodOptional<z.ZodString>;
    nullFraction: z.ZodDefault<z.ZodNumber>;
    gen: z.ZodLiteral<"choice">;
    values: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodOptional<z.ZodString>;
    nullFraction: z.ZodDefault<z.ZodNumber>;
    gen: z.ZodLiteral<"bool">;
}, z.core.$strict>], "gen">;
export type ColumnGen = z.infer<typeof ColumnGen>;
export declare const TableSpec: z.ZodObject<{
    rows: z.ZodNumber;
    columns: z.ZodRecord<z.ZodString, z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodOptional<z.ZodString>;
        nullFraction: z.ZodDefault<z.ZodNumber>;
        gen: z.ZodLiteral<"sequence">;
        start: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodOptional<z.ZodString>;
        nullFraction: z.ZodDefault<z.ZodNumber>;
        gen: z.ZodLiteral<"int">;
        min: z.ZodDefault<z.ZodNumber>;
        max: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodOptional<z.ZodString>;
        nullFraction: z.ZodDefault<z.ZodNumber>;
        gen: z.ZodLiteral<"text">;
        length: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodOptional<z.ZodString>;
        nullFraction: z.ZodDefault<z.ZodNumber>;
        gen: z.ZodLiteral<"timestamp">;
        from: z.ZodDefault<z.ZodCoercedDate<unknown>>;
        to: z.ZodDefault<z.ZodCoercedDate<unknown>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodOptional<z.ZodString>;
        nullFraction: z.ZodDefault<z.ZodNumber>;
        gen: z.ZodLiteral<"fk">;
        references: z.ZodString;
        constraint: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodOptional<z.ZodString>;
        nullFraction: z.ZodDefault<z.ZodNumber>;
        gen: z.ZodLiteral<"choice">;
        values: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodOptional<z.ZodString>;
        nullFraction: z.ZodDefault<z.ZodNumber>;
        gen: z.ZodLiteral<"bool">;
    }, z.core.$strict>], "gen">>;
    indexes: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
export type TableSpec = z.infer<typeof TableSpec>;
export declare const DatasetSpec: z.ZodObject<{
    description: z.ZodOptional<z.ZodString>;
    seed: z.ZodDefault<z.ZodNumber>;
    tables: z.ZodRecord<z.ZodString, z.ZodObject<{
        rows: z.ZodNumber;
        columns: z.ZodRecord<z.ZodString, z.ZodDiscriminatedUnion<[z.ZodObject<{
            type: z.ZodOptional<z.ZodString>;
            nullFraction: z.ZodDefault<z.ZodNumber>;
            gen: z.ZodLiteral<"sequence">;
            start: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodOptional<z.ZodString>;
            nullFraction: z.ZodDefault<z.ZodNumber>;
            gen: z.ZodLiteral<"int">;
            min: z.ZodDefault<z.ZodNumber>;
            max: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodOptional<z.ZodString>;
            nullFraction: z.ZodDefault<z.ZodNumber>;
            gen: z.ZodLiteral<"text">;
            length: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodOptional<z.ZodString>;
            nullFraction: z.ZodDefault<z.ZodNumber>;
            gen: z.ZodLiteral<"timestamp">;
            from: z.ZodDefault<z.ZodCoercedDate<unknown>>;
            to: z.ZodDefault<z.ZodCoercedDate<unknown>>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodOptional<z.ZodString>;
            nullFraction: z.ZodDefault<z.ZodNumber>;
            gen: z.ZodLiteral<"fk">;
            references: z.ZodString;
            constraint: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodOptional<z.ZodString>;
            nullFraction: z.ZodDefault<z.ZodNumber>;
            gen: z.ZodLiteral<"choice">;
            values: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodOptional<z.ZodString>;
            nullFraction: z.ZodDefault<z.ZodNumber>;
            gen: z.ZodLiteral<"bool">;
        }, z.core.$strict>], "gen">>;
        indexes: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type DatasetSpec = z.infer<typeof DatasetSpec>;
export declare function loadDataset(file: string): Promise<DatasetSpec>;
export declare function parseDataset(raw: unknown, where: string): DatasetSpec;
/** Row counts at a scale factor (at least one row per non-empty table). */
export declare function scaledRows(d: DatasetSpec, scale: number): Record<string, number>;
/** Tables in an order where every fk target comes before the tables that reference it. */
export declare function loadOrder(d: DatasetSpec): string[];
