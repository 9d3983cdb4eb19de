// TEMPLATE: the probe's block in result.json. Start with the status fields; add, never rename.
import { z } from 'zod';
import { ProbeStatus } from '../../core/result.ts';

export const TemplateBlock = z.object({
  ...ProbeStatus,
  tookMs: z.number().optional(),
});
export type TemplateBlock = z.infer<typeof TemplateBlock>;
