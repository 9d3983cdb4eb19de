import { z } from 'zod';
import type { FlagTable } from '../../core/probe.js';
import type { WebDevice as Device } from './block.js';
export declare const WebConfig: z.ZodObject<{
    site: z.ZodOptional<z.ZodObject<{
        dir: z.ZodString;
        routes: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    pages: z.ZodDefault<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        url: z.ZodString;
        devices: z.ZodOptional<z.ZodArray<z.ZodEnum<{
            desktop: "desktop";
            mobile: "mobile";
        }>>>;
        runs: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>]>>>;
    devices: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        desktop: "desktop";
        mobile: "mobile";
    }>>>;
    runs: z.ZodDefault<z.ZodNumber>;
    journeys: z.ZodDefault<z.ZodArray<z.ZodString>>;
    journeyRuns: z.ZodDefault<z.ZodNumber>;
    pageTimeout: z.ZodDefault<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>, z.ZodTransform<number, string | number>>>;
    budgets: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
export type WebConfig = z.infer<typeof WebConfig>;
export type WebConfigInput = z.input<typeof WebConfig>;
export interface PlannedPage {
    url: string;
    device: Device;
    runs: number;
}
/** Every (page, device) to measure, in order: page by page, each on every device. */
export declare function planPages(c: WebConfig): PlannedPage[];
export declare const WEB_FLAGS: FlagTable<WebConfigInput>;
