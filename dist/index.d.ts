export { defineConfig, type ShipgateConfigInput } from './runner/config.js';
export type { RampScenarioInput } from './probes/load/scenario.js';
export type { Result } from './runner/result.js';
export type { GateResult } from './core/result.js';
export type { LoadProbe, LoadStep } from './probes/load/block.js';
export type { AuditProbe, AuditFinding } from './probes/audit/block.js';
export type { AuditConfigInput } from './probes/audit/audit-config.js';
export { defineJourney, type Journey, type JourneyContext } from './probes/web/journey.js';
export type { WebProbe, WebPage, WebJourney } from './probes/web/block.js';
