// The `web` section of shipgate.config.ts, and the plan the CLI flags build the same way.
import { z } from 'zod';
import { DurationMs } from '../../lib/duration.ts';
import { WebDevice } from './block.ts';
import type { WebDevice as Device } from './block.ts';

export const WebConfig = z.strictObject({
  /** A bundled site shipgate serves on a loopback port for the run; page URLs may be relative to it. */
  site: z.strictObject({ dir: z.string().min(1), routes: z.string().min(1).optional() }).optional(),
  /** Pages for Lighthouse: absolute URLs, or paths on the site; an object overrides devices/runs. */
  pages: z
    .array(
      z.union([
        z.string().min(1),
        z.strictObject({ url: z.string().min(1), devices: z.array(WebDevice).min(1).optional(), runs: z.number().int().positive().max(50).optional() }),
      ]),
    )
    .default([]),
  devices: z.array(WebDevice).min(1).default(['desktop', 'mobile']),
  /** Lighthouse runs per page and device. */
  runs: z.number().int().positive().max(50).default(5),
  /** scenarios/*.journey.ts files. */
  journeys: z.array(z.string().min(1)).default([]),
  journeyRuns: z.number().int().positive().max(200).default(5),
  /** How long a page may take to load (Lighthouse's maxWaitForLoad) before its run fails. */
  pageTimeout: DurationMs.default(45_000),
  /** budget.json or web gate files, judged with the config's gate files. */
  budgets: z.array(z.string().min(1)).default([]),
});
export type WebConfig = z.infer<typeof WebConfig>;
export type WebConfigInput = z.input<typeof WebConfig>;

export interface PlannedPage {
  url: string;
  device: Device;
  runs: number;
}

/** Every (page, device) to measure, in order: page by page, each on every device. */
export function planPages(c: WebConfig): PlannedPage[] {
  return c.pages.flatMap((p) => {
    const page = typeof p === 'string' ? { url: p } : p;
    return (page.devices ?? c.devices).map((device) => ({ url: page.url, device, runs: page.runs ?? c.runs }));
  });
}
