import { z } from 'zod';
export declare function parseDurationMs(text: string | number): number | undefined;
/** A zod field that accepts "10s" or 10 (seconds) and yields milliseconds. */
export declare const DurationMs: z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<number, string | number>>;
export declare function formatDuration(ms: number): string;
