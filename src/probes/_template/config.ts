// TEMPLATE: the probe's config section and the flags of its command. Every top-level key maps
// to a flag or to null (config file only): the type checker holds the table to the schema.
import { z } from 'zod';
import type { FlagTable } from '../../core/probe.ts';
import { positiveNumber } from '../../core/flags.ts';

export const TemplateConfig = z.strictObject({
  /** How long to pause, in ms. */
  pauseMs: z.number().int().nonnegative().default(10),
});
export type TemplateConfig = z.infer<typeof TemplateConfig>;
export type TemplateConfigInput = z.input<typeof TemplateConfig>;

export const TEMPLATE_FLAGS: FlagTable<TemplateConfigInput> = {
  pauseMs: { flags: '--pause-ms <ms>', description: 'how long to pause', path: 'pauseMs', parse: positiveNumber },
};
