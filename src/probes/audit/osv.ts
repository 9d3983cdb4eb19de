// Offline advisories: OSV JSON files (the GitHub Advisory Database layout, or any folder of
// OSV records) matched against the lockfile's installed versions with `semver`, so an
// air-gapped CI can audit without a registry.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import semver from 'semver';
import type { AuditFinding } from './block.ts';
import { UsageError } from '../../core/errors.ts';
import type { Lockfile } from './lockfile.ts';
import { readJson } from './lockfile.ts';
import { parseSeverity, type Severity } from './severity.ts';

interface OsvEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

interface OsvAffected {
  package?: { ecosystem?: string; name?: string };
  ranges?: Array<{ type?: string; events?: OsvEvent[] }>;
  versions?: string[];
  database_specific?: { severity?: string };
  ecosystem_specific?: { severity?: string };
}

export interface Advisory {
  id: string;
  aliases: string[];
  title: string;
  severity: Severity;
  url?: string;
  affected: OsvAffected[];
  file: string;
}

export interface AdvisoryDb {
  dir: string;
  byPackage: Map<string, Advisory[]>;
  count: number;
  /** OSV records skipped: withdrawn, or no npm package in them. */
  skipped: number;
}

/** Every *.json below `dir`; a file that is not JSON or not OSV is a usage error naming it. */
export async function loadAdvisories(dir: string): Promise<AdvisoryDb> {
  let files: string[];
  try {
    files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    throw new UsageError(`--advisories ${dir}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (files.length === 0) throw new UsageError(`--advisories ${dir}: no *.json advisories in it`);
  const byPackage = new Map<string, Advisory[]>();
  let count = 0;
  let skipped = 0;
  // Read in parallel (a real database is ~20k files); match in file order, deterministically.
  const records = await mapLimit(files, 32, (rel) => readJson(join(dir, rel)));
  for (const [i, rel] of files.entries()) {
    const file = join(dir, rel);
    const adv = toAdvisory(records[i], file);
    const npm = adv?.affected.filter((a) => a.package?.ecosystem === 'npm' && a.package.name) ?? [];
    if (!adv || npm.length === 0) {
      skipped++;
      continue;
    }
    count++;
    for (const name of new Set(npm.map((a) => a.package!.name!))) {
      const list = byPackage.get(name) ?? [];
      list.push({ ...adv, affected: npm.filter((a) => a.package!.name === name) });
      byPackage.set(name, list);
    }
  }
  return { dir, byPackage, count, skipped };
}

async function mapLimit<T, R>(items: T[], limit: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function toAdvisory(json: unknown, file: string): Advisory | undefined {
  const o = json as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || typeof o.id !== 'string' || !Array.isArray(o.affected)) {
    throw new UsageError(`${file}: not an OSV advisory (needs "id" and "affected")`);
  }
  if (o.withdrawn) return undefined;
  const affected = o.affected as OsvAffected[];
  const dbs = o.database_specific as { severity?: string } | undefined;
  const named =
    parseSeverity(dbs?.severity) ?? affected.map((a) => parseSeverity(a.database_specific?.severity ?? a.ecosystem_specific?.severity)).find(Boolean);
  const aliases = Array.isArray(o.aliases) ? (o.aliases as string[]) : [];
  const refs = Array.isArray(o.references) ? (o.references as Array<{ type?: string; url?: string }>) : [];
  const ghsa = [o.id, ...aliases].find((a) => a.startsWith('GHSA-'));
  return {
    id: ghsa ?? o.id,
    aliases: [o.id, ...aliases].filter((a) => a !== (ghsa ?? o.id)),
    // Fail closed: an advisory without a severity (e.g. a malware report) is judged critical.
    title: String(o.summary ?? o.details ?? o.id).split('\n')[0]! + (named ? '' : ' (no severity given: judged critical)'),
    severity: named ?? 'critical',
    url: ghsa ? `https://github.com/advisories/${ghsa}` : refs.find((r) => r.type === 'ADVISORY')?.url,
    affected,
    file,
  };
}

const cmp = (a: string, b: string) => semver.compare(a === '0' ? '0.0.0' : a, b === '0' ? '0.0.0' : b);

/** Is `version` affected? Returns the fixed version (or null) and the range as text. */
export function affectedRange(version: string, affected: OsvAffected[]): { fixedIn: string | null; range: string } | undefined {
  for (const a of affected) {
    if (a.versions?.includes(version)) return { fixedIn: null, range: `=${version}` };
    for (const r of a.ranges ?? []) {
      if (r.type !== 'SEMVER' && r.type !== 'ECOSYSTEM') continue;
      const events = [...(r.events ?? [])].filter((e) => validEvent(e)).sort((x, y) => cmp(eventVersion(x), eventVersion(y)));
      // OSV's evaluation: walk the sorted events; introduced opens, fixed/last_affected close.
      let hit = false;
      for (const e of events) {
        if (e.introduced !== undefined && cmp(version, e.introduced) >= 0) hit = true;
        else if (e.fixed !== undefined && cmp(version, e.fixed) >= 0) hit = false;
        else if (e.last_affected !== undefined && cmp(version, e.last_affected) > 0) hit = false;
      }
      const fixedIn = events.find((e) => e.fixed !== undefined && cmp(e.fixed, version) > 0)?.fixed ?? null;
      if (hit) return { fixedIn, range: rangeText(events) };
    }
  }
  return undefined;
}

function eventVersion(e: OsvEvent): string {
  return e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? '0';
}

function validEvent(e: OsvEvent): boolean {
  const v = eventVersion(e);
  return v === '0' || semver.valid(v) !== null;
}

function rangeText(events: OsvEvent[]): string {
  const parts = events.map((e) =>
    e.introduced !== undefined ? (e.introduced === '0' ? '' : `>=${e.introduced}`) : e.fixed ? `<${e.fixed}` : e.last_affected ? `<=${e.last_affected}` : '',
  );
  return parts.filter(Boolean).join(' ') || '*';
}

/** One finding per advisory per installed copy of an affected package. */
export function matchAdvisories(lock: Lockfile, db: AdvisoryDb): { findings: AuditFinding[]; unmatchable: string[] } {
  const findings: AuditFinding[] = [];
  const unmatchable: string[] = [];
  for (const node of lock.nodes) {
    const advisories = db.byPackage.get(node.name);
    if (!advisories) continue;
    const version = semver.valid(node.version);
    if (!version) {
      unmatchable.push(`${node.name}@${node.version || '(no version)'}`);
      continue;
    }
    for (const adv of advisories) {
      const hit = affectedRange(version, adv.affected);
      if (!hit) continue;
      findings.push({
        id: adv.id,
        package: node.name,
        severity: adv.severity,
        waived: false,
        version,
        aliases: adv.aliases,
        title: adv.title,
        ...(adv.url ? { url: adv.url } : {}),
        path: node.path,
        location: node.location,
        dev: node.dev,
        direct: node.path.length === 1,
        vulnerableRange: hit.range,
        fixedIn: hit.fixedIn,
      });
    }
  }
  return { findings, unmatchable };
}
