// `npm audit --json` as findings: npm 7+'s report (auditReportVersion 2) and npm 6's (actions,
// advisories, muted). A lockfile, when there is one, adds what the report leaves out:
// installed versions, dev flags and dependency paths.
import semver from 'semver';
import type { AuditFinding } from './block.ts';
import { namesInLocation, type Lockfile, type LockNode } from './lockfile.ts';
import { parseSeverity } from './severity.ts';
import { isObj, str, type Obj } from './json-shape.ts';

export type NpmAuditParse =
  | { kind: 'report'; reportVersion: 1 | 2; findings: AuditFinding[]; npmCounts?: Record<string, number> }
  /** npm's own error output (`{"message": "405 Method Not Allowed - POST …", "error": …}`). */
  | { kind: 'npm-error'; message: string }
  | { kind: 'unknown' };

export function parseNpmAudit(json: unknown, lock?: Lockfile): NpmAuditParse {
  if (!isObj(json)) return { kind: 'unknown' };
  if (json.auditReportVersion === 2 && isObj(json.vulnerabilities)) {
    return { kind: 'report', reportVersion: 2, findings: fromV2(json.vulnerabilities, lock), ...npmCounts(json) };
  }
  if (isObj(json.advisories) && ('actions' in json || 'metadata' in json)) {
    return { kind: 'report', reportVersion: 1, findings: fromV1(json, lock), ...npmCounts(json) };
  }
  const message = str(json.message) ?? (isObj(json.error) ? str(json.error.summary) || str(json.error.code) : undefined);
  if (message !== undefined || 'error' in json) return { kind: 'npm-error', message: message || JSON.stringify(json.error) };
  return { kind: 'unknown' };
}

function npmCounts(json: Obj): { npmCounts?: Record<string, number> } {
  const v = isObj(json.metadata) ? json.metadata.vulnerabilities : undefined;
  if (!isObj(v)) return {};
  return { npmCounts: Object.fromEntries(Object.entries(v).filter(([, n]) => typeof n === 'number')) as Record<string, number> };
}

export function ghsaFromUrl(url: unknown): string | undefined {
  return typeof url === 'string' ? /GHSA(-[0-9a-z]{4}){3}/i.exec(url)?.[0] : undefined;
}

/** The version that ends a vulnerable range "<X" or ">=A <X"; null for "<=X" or several sets. */
export function upperBound(range: string | undefined): string | null {
  if (!range) return null;
  try {
    const r = new semver.Range(range);
    if (r.set.length !== 1) return null;
    const lt = r.set[0]!.find((c) => c.operator === '<');
    return lt ? lt.semver.version : null;
  } catch {
    return null;
  }
}

// npm 7+: one entry per vulnerable package. `via` objects are advisories on that package;
// `via` strings only say it depends on another vulnerable package, whose own entry carries
// the advisory (and whose path runs through this one), so they add no finding.
function fromV2(vulns: Obj, lock?: Lockfile): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const [key, raw] of Object.entries(vulns)) {
    if (!isObj(raw)) continue;
    const name = str(raw.name) ?? key;
    const nodes = Array.isArray(raw.nodes) ? raw.nodes.filter((n): n is string => typeof n === 'string') : [];
    const fa = raw.fixAvailable;
    const fix =
      isObj(fa) && str(fa.name) && str(fa.version) ? { package: str(fa.name)!, version: str(fa.version)!, major: fa.isSemVerMajor === true } : undefined;
    for (const via of Array.isArray(raw.via) ? raw.via : []) {
      if (!isObj(via)) continue;
      const ghsa = ghsaFromUrl(via.url);
      const npmId = via.source !== undefined ? `npm:${String(via.source)}` : undefined;
      const id = ghsa ?? npmId ?? `${name}:${str(via.title) ?? 'advisory'}`;
      for (const location of nodes.length ? nodes : [null]) {
        const node = location ? lock?.byLocation.get(location) : undefined;
        // npm lists every advisory of the package under every copy; with installed versions
        // known, keep each advisory only on the copies inside its range.
        if (node && str(via.range) && !inRange(node.version, str(via.range)!)) continue;
        const topLevel = location !== null && namesInLocation(location).length === 1;
        out.push({
          id,
          package: name,
          severity: parseSeverity(via.severity) ?? parseSeverity(raw.severity) ?? 'critical',
          waived: false,
          version: node?.version ?? null,
          aliases: ghsa && npmId ? [npmId] : [],
          title: str(via.title) ?? id,
          ...(str(via.url) ? { url: str(via.url)! } : {}),
          path: node?.path ?? (location ? namesInLocation(location) : [name]),
          location,
          dev: node ? node.dev : null,
          direct: node ? node.path.length === 1 : topLevel ? raw.isDirect === true : false,
          ...(str(via.range) ? { vulnerableRange: str(via.range)! } : {}),
          fixedIn: upperBound(str(via.range)),
          ...(fix ? { fix } : {}),
        });
      }
    }
  }
  return out;
}

// npm 6: advisories keyed by id, each with findings {version, paths: ["a>b>pkg"], dev?};
// `actions[].resolves` also says, per advisory and path, whether it is a dev dependency.
function fromV1(json: Obj, lock?: Lockfile): AuditFinding[] {
  const resolves = new Map<string, { dev?: boolean; fix?: AuditFinding['fix'] }>();
  for (const a of Array.isArray(json.actions) ? json.actions : []) {
    if (!isObj(a)) continue;
    const fix = str(a.module) && str(a.target) ? { package: str(a.module)!, version: str(a.target)!, major: a.isMajor === true } : undefined;
    for (const r of Array.isArray(a.resolves) ? a.resolves : []) {
      if (isObj(r)) resolves.set(`${String(r.id)}|${String(r.path)}`, { ...(typeof r.dev === 'boolean' ? { dev: r.dev } : {}), ...(fix ? { fix } : {}) });
    }
  }
  const out: AuditFinding[] = [];
  for (const [key, adv] of Object.entries(json.advisories as Obj)) {
    if (!isObj(adv)) continue;
    const npmId = `npm:${String(adv.id ?? key)}`;
    const ghsa = str(adv.github_advisory_id) ?? ghsaFromUrl(adv.url);
    const name = str(adv.module_name) ?? key;
    const patched = str(adv.patched_versions);
    const fixedIn = patched && patched !== '<0.0.0' ? (semver.minVersion(patched)?.version ?? null) : null;
    const cves = Array.isArray(adv.cves) ? adv.cves.filter((c): c is string => typeof c === 'string') : [];
    for (const f of Array.isArray(adv.findings) ? adv.findings : []) {
      if (!isObj(f)) continue;
      const version = str(f.version) ?? null;
      for (const p of Array.isArray(f.paths) ? f.paths : []) {
        if (typeof p !== 'string') continue;
        const path = p.split('>');
        const res = resolves.get(`${String(adv.id ?? key)}|${p}`);
        const node = lockNodeByPath(lock, path, version);
        const dev = typeof f.dev === 'boolean' ? f.dev : (res?.dev ?? node?.dev ?? null);
        out.push({
          id: ghsa ?? npmId,
          package: name,
          severity: parseSeverity(adv.severity) ?? 'critical',
          waived: false,
          version,
          aliases: [...(ghsa ? [npmId] : []), ...cves],
          title: str(adv.title) ?? npmId,
          ...(str(adv.url) ? { url: str(adv.url)! } : {}),
          path,
          location: node?.location ?? null,
          dev,
          direct: path.length === 1,
          ...(str(adv.vulnerable_versions) ? { vulnerableRange: str(adv.vulnerable_versions)! } : {}),
          fixedIn,
          ...(res?.fix ? { fix: res.fix } : {}),
        });
      }
    }
  }
  return out;
}

function inRange(version: string, range: string): boolean {
  const opts = { loose: true, includePrerelease: true };
  // An unreadable version or range keeps the finding (fail closed).
  if (!semver.valid(version, opts) || semver.validRange(range, opts) === null) return true;
  return semver.satisfies(version, range, opts);
}

function lockNodeByPath(lock: Lockfile | undefined, path: string[], version: string | null): LockNode | undefined {
  if (!lock) return undefined;
  const name = path[path.length - 1];
  const same = lock.nodes.filter((n) => n.name === name && (version === null || n.version === version));
  return same.find((n) => n.path.join('>') === path.join('>')) ?? (same.length === 1 ? same[0] : undefined);
}
