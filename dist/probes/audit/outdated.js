// The update policy (playbook 3.3): patch auto-apply, minor after testing, major needs review.
// Reads `npm outdated --json` (run now, or saved) and classifies each update by semver.
import semver from 'semver';
import { UsageError } from "../../core/errors.js";
import { isObj, str } from "./json-shape.js";
export function classifyUpdate(current, latest) {
    const c = current ? semver.valid(current) : null;
    const l = latest ? semver.valid(latest) : null;
    if (!c || !l || semver.gte(c, l))
        return { type: 'unknown', majorsBehind: 0, needsReview: false };
    // semver.diff calls 2.0.0-rc.1 → 2.0.0 a major; it is the release of what is installed.
    const d = semver.coerce(c)?.version === semver.coerce(l)?.version ? 'prerelease' : semver.diff(c, l);
    const type = d === 'major' || d === 'premajor' ? 'major' : d === 'minor' || d === 'preminor' ? 'minor' : d === 'prerelease' ? 'prerelease' : 'patch';
    // Under semver a 0.x minor may break anything, so it gets a review like a major.
    const needsReview = type === 'major' || (semver.major(c) === 0 && type === 'minor');
    return { type, majorsBehind: semver.major(l) - semver.major(c), needsReview };
}
/** `npm outdated --json`: {name: {current, wanted, latest, dependent, location}}, or a list per name in workspaces. */
export function parseOutdated(json, where) {
    if (!isObj(json))
        throw new UsageError(`${where}: not an \`npm outdated --json\` output (expected an object of packages)`);
    const out = [];
    for (const [name, raw] of Object.entries(json)) {
        for (const e of Array.isArray(raw) ? raw : [raw]) {
            if (!isObj(e) || !('latest' in e || 'wanted' in e)) {
                throw new UsageError(`${where}: "${name}" is not an outdated entry (no current/wanted/latest)`);
            }
            const current = str(e.current) ?? null;
            const latest = str(e.latest) ?? null;
            out.push({
                name,
                current,
                wanted: str(e.wanted) ?? null,
                latest,
                // Not installed: what would be installed is what is behind.
                ...classifyUpdate(current ?? str(e.wanted) ?? null, latest),
                ...(str(e.dependent) ? { dependent: str(e.dependent) } : {}),
            });
        }
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
}
export function outdatedBlock(source, input, packages) {
    const n = (t) => packages.filter((p) => p.type === t).length;
    return {
        source,
        input,
        packages,
        counts: {
            total: packages.length,
            major: n('major'),
            minor: n('minor'),
            patch: n('patch'),
            other: n('prerelease') + n('unknown'),
            needsReview: packages.filter((p) => p.needsReview).length,
            maxMajorsBehind: Math.max(0, ...packages.map((p) => p.majorsBehind)),
        },
    };
}
