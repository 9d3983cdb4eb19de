// The package's public surface for config files and scripts.
export { defineConfig } from "./runner/config.js";
export { defineJourney } from "./probes/web/journey.js";
