// Superseded by prepare.ts (the probe's prepare step); kept until the old web command goes.
import type { GateDef } from '../../core/metric.ts';
import { prepareWeb } from './prepare.ts';
import type { WebConfig } from './web-config.ts';

/** The budget files' gates, after the same checks as the probe's prepare. */
export async function prepareWebRun(config: WebConfig): Promise<GateDef[]> {
  return (await prepareWeb(config)).budgets.flatMap((b) => b.defs);
}
