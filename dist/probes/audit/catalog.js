import { SCOPES, vulnMetric } from "./metrics.js";
import { SEVERITIES } from "./severity.js";
const SCOPE_TEXT = { prod: 'production', dev: 'dev-only', all: 'all' };
export const AUDIT_CATALOG = {
    ...Object.fromEntries(SCOPES.flatMap((scope) => SEVERITIES.map((s) => [
        vulnMetric(scope, s),
        { type: 'counter', description: `unwaived findings at ${s} or above in ${SCOPE_TEXT[scope]} dependencies` },
    ]))),
    vulns_waived: { type: 'counter', description: 'findings an unexpired waiver covers' },
    waivers_expired: { type: 'counter', description: 'waivers past their expiry date (their findings count again)' },
    waivers_unused: { type: 'counter', description: 'waivers that match no finding' },
    outdated_total: { type: 'counter', description: 'dependencies behind their latest release (--outdated or --outdated-json)' },
    outdated_major: { type: 'counter', description: 'dependencies whose update is a major' },
    outdated_minor: { type: 'counter', description: 'dependencies whose update is a minor' },
    outdated_patch: { type: 'counter', description: 'dependencies whose update is a patch' },
    outdated_needs_review: { type: 'counter', description: 'updates that need a human review (majors, and minors of 0.x packages)' },
    outdated_majors_behind: { type: 'gauge', description: 'the most major versions any dependency is behind its latest release' },
};
