import { z } from 'zod';
/** One metric over N runs. For Lighthouse pages `median` is the value in the median run
 * (Lighthouse's computeMedianRun); `values` keeps every run in order. */
export declare const MetricSpread: z.ZodObject<{
    median: z.ZodNumber;
    min: z.ZodNumber;
    max: z.ZodNumber;
    values: z.ZodArray<z.ZodNullable<z.ZodNumber>>;
    p95: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export type MetricSpread = z.infer<typeof MetricSpread>;
export declare const WebDevice: z.ZodEnum<{
    desktop: "desktop";
    mobile: "mobile";
}>;
export type WebDevice = z.infer<typeof WebDevice>;
export declare const WebPage: z.ZodObject<{
    status: z.ZodDefault<z.ZodEnum<{
        error: "error";
        ok: "ok";
    }>>;
    message: z.ZodOptional<z.ZodString>;
    url: z.ZodString;
    device: z.ZodEnum<{
        desktop: "desktop";
        mobile: "mobile";
    }>;
    runs: z.ZodNumber;
    medianRun: z.ZodOptional<z.ZodNumber>;
    metrics: z.ZodRecord<z.ZodString, z.ZodObject<{
        median: z.ZodNumber;
        min: z.ZodNumber;
        max: z.ZodNumber;
        values: z.ZodArray<z.ZodNullable<z.ZodNumber>>;
        p95: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>;
    runMs: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
    lighthouseVersion: z.ZodOptional<z.ZodString>;
    warnings: z.ZodOptional<z.ZodArray<z.ZodString>>;
    cookiesFrom: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type WebPage = z.infer<typeof WebPage>;
export declare const WebJourney: z.ZodObject<{
    status: z.ZodDefault<z.ZodEnum<{
        error: "error";
        ok: "ok";
    }>>;
    message: z.ZodOptional<z.ZodString>;
    name: z.ZodString;
    file: z.ZodString;
    url: z.ZodString;
    runs: z.ZodNumber;
    metrics: z.ZodRecord<z.ZodString, z.ZodObject<{
        median: z.ZodNumber;
        min: z.ZodNumber;
        max: z.ZodNumber;
        values: z.ZodArray<z.ZodNullable<z.ZodNumber>>;
        p95: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>;
    runErrors: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strip>;
export type WebJourney = z.infer<typeof WebJourney>;
export declare const WebProbe: z.ZodObject<{
    status: z.ZodDefault<z.ZodEnum<{
        error: "error";
        ok: "ok";
    }>>;
    message: z.ZodOptional<z.ZodString>;
    browser: z.ZodOptional<z.ZodObject<{
        path: z.ZodString;
        source: z.ZodString;
        version: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    pages: z.ZodOptional<z.ZodArray<z.ZodObject<{
        status: z.ZodDefault<z.ZodEnum<{
            error: "error";
            ok: "ok";
        }>>;
        message: z.ZodOptional<z.ZodString>;
        url: z.ZodString;
        device: z.ZodEnum<{
            desktop: "desktop";
            mobile: "mobile";
        }>;
        runs: z.ZodNumber;
        medianRun: z.ZodOptional<z.ZodNumber>;
        metrics: z.ZodRecord<z.ZodString, z.ZodObject<{
            median: z.ZodNumber;
            min: z.ZodNumber;
            max: z.ZodNumber;
            values: z.ZodArray<z.ZodNullable<z.ZodNumber>>;
            p95: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
        runMs: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
        lighthouseVersion: z.ZodOptional<z.ZodString>;
        warnings: z.ZodOptional<z.ZodArray<z.ZodString>>;
        cookiesFrom: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
    journeys: z.ZodOptional<z.ZodArray<z.ZodObject<{
        status: z.ZodDefault<z.ZodEnum<{
            error: "error";
            ok: "ok";
        }>>;
        message: z.ZodOptional<z.ZodString>;
        name: z.ZodString;
        file: z.ZodString;
        url: z.ZodString;
        runs: z.ZodNumber;
        metrics: z.ZodRecord<z.ZodString, z.ZodObject<{
            median: z.ZodNumber;
            min: z.ZodNumber;
            max: z.ZodNumber;
            values: z.ZodArray<z.ZodNullable<z.ZodNumber>>;
            p95: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
        runErrors: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strip>>>;
}, z.core.$strip>;
export type WebProbe = z.infer<typeof WebProbe>;
