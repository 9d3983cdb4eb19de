export function defineJourney(journey) {
    return journey;
}
/** The metric names a journey defines must be usable in a gate (`journey.<name>`). */
export const JOURNEY_METRIC_NAME = /^[a-z][a-z0-9_]*$/;
