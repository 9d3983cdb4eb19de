export { defineConfig, type ShipgateConfigInput } from './runner/config.ts';
export type { RampScenarioInput } from './probes/load/scenario.ts';
export type { Result } from './runner/result.ts';
export type { GateResult } from './core/result.ts';
export type { LoadProbe, LoadStep } from './probes/load/block.ts';
export type { AuditProbe, AuditFinding } from './probes/audit/block.ts';
export type { AuditConfigInput } from './probes/audit/audit-config.ts';
export { defineJourney, type Journey, type JourneyContext } from './probes/web/journey.ts';
export type { WebProbe, WebPage, WebJourney } from './probes/web/block.ts';
