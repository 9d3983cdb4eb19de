// The package's public surface for config files and scripts.
export { defineConfig, type ShipgateConfigInput } from './config/config.ts';
export type { RampScenarioInput } from './probes/load/scenario.ts';
export type { Result, GateResult, LoadProbe, LoadStep, AuditProbe, AuditFinding } from './core/result-schema.ts';
export type { AuditConfigInput } from './probes/audit/audit-config.ts';
export { defineJourney, type Journey, type JourneyContext } from './probes/web/journey.ts';
export type { WebProbe, WebPage, WebJourney } from './core/result-schema-web.ts';
