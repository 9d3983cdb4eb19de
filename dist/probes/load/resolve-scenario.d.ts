import { RampScenario, type RampScenarioInput } from './scenario.js';
export declare function resolveRampScenario(source: string | RampScenarioInput | undefined, overrides: Partial<RampScenarioInput>, where?: string): Promise<RampScenario>;
