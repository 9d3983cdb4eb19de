// package-lock.json (lockfile v1, v2, v3) and npm-shrinkwrap.json as a flat list of installed
// packages: name, version, install location, dev or not, and the dependency path that pulls
// each one in (breadth-first from the project, resolved the way Node resolves node_modules).
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from "../../core/errors.js";
import { isObj } from "./json-shape.js";
const depNames = (...maps) => maps.flatMap((m) => (isObj(m) ? Object.keys(m) : []));
/** npm-shrinkwrap.json wins over package-lock.json, as in npm. */
export function lockfilePath(dir) {
    for (const f of ['npm-shrinkwrap.json', 'package-lock.json']) {
        if (existsSync(join(dir, f)))
            return join(dir, f);
    }
    return undefined;
}
export async function readLockfile(dir) {
    const file = lockfilePath(dir);
    if (!file) {
        throw new UsageError(`${dir}: no package-lock.json or npm-shrinkwrap.json`, 'run `npm install --package-lock-only` there first');
    }
    const json = await readJson(file);
    const pkgFile = join(dir, 'package.json');
    const pkg = existsSync(pkgFile) ? await readJson(pkgFile) : undefined;
    return parseLockfile(json, file, pkg);
}
export async function readJson(file) {
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (err) {
        throw new UsageError(`${file}: cannot read: ${err.code ?? err.message}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new UsageError(`${file}: not JSON: ${err.message}`);
    }
}
/** `pkg` (package.json) supplies the project's own dependencies for lockfile v1, which omits them. */
export function parseLockfile(json, file, pkg) {
    if (!isObj(json) || typeof json.lockfileVersion !== 'number') {
        throw new UsageError(`${file}: not a package-lock.json (no lockfileVersion)`);
    }
    const v = json.lockfileVersion;
    let raw;
    let rootDeps;
    if (v >= 2 && isObj(json.packages)) {
        raw = fromPackages(json.packages);
        const root = json.packages[''];
        rootDeps = isObj(root) ? depNames(root.dependencies, root.devDependencies, root.optionalDependencies, root.peerDependencies) : [];
    }
    else if (v === 1 && isObj(json.dependencies)) {
        raw = [];
        fromV1(json.dependencies, '', raw);
        rootDeps = isObj(pkg) ? depNames(pkg.dependencies, pkg.devDependencies, pkg.optionalDependencies, pkg.peerDependencies) : topLevelNobodyRequires(raw);
    }
    else {
        throw new UsageError(`${file}: lockfileVersion ${v} without the ${v === 1 ? 'dependencies' : 'packages'} section`);
    }
    const paths = dependencyPaths(raw, rootDeps);
    const nodes = raw
        .filter((n) => !n.linkTo && n.location.includes('node_modules/'))
        .map((n) => ({
        location: n.location,
        name: n.name,
        version: n.version,
        dev: n.dev,
        optional: n.optional,
        path: paths.get(n.location) ?? namesInLocation(n.location),
    }));
    return { file, lockfileVersion: v, nodes, byLocation: new Map(nodes.map((n) => [n.location, n])) };
}
function fromPackages(packages) {
    const out = [];
    for (const [location, e] of Object.entries(packages)) {
        if (location === '' || !isObj(e))
            continue;
        out.push({
            location,
            name: typeof e.name === 'string' ? e.name : nameFromLocation(location),
            version: typeof e.version === 'string' ? e.version : '',
            // devOptional means "optional of a production package": installed in production.
            dev: e.dev === true,
            optional: e.optional === true,
            deps: depNames(e.dependencies, e.optionalDependencies, e.peerDependencies),
            ...(e.link === true && typeof e.resolved === 'string' ? { linkTo: e.resolved } : {}),
        });
    }
    return out;
}
function fromV1(deps, parent, out) {
    for (const [key, e] of Object.entries(deps)) {
        if (!isObj(e))
            continue;
        const location = `${parent ? parent + '/' : ''}node_modules/${key}`;
        let name = key;
        let version = typeof e.version === 'string' ? e.version : '';
        // An alias (`"foo": "npm:bar@^1"`) records "npm:bar@1.2.3" as its version.
        const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(version);
        if (alias)
            [name, version] = [alias[1], alias[2]];
        out.push({ location, name, version, dev: e.dev === true, optional: e.optional === true, deps: depNames(e.requires) });
        if (isObj(e.dependencies))
            fromV1(e.dependencies, location, out);
    }
}
function topLevelNobodyRequires(raw) {
    const required = new Set(raw.flatMap((n) => n.deps));
    return raw.filter((n) => !n.location.slice('node_modules/'.length).includes('/node_modules/') && !required.has(n.name)).map((n) => n.name);
}
export function nameFromLocation(location) {
    const i = location.lastIndexOf('node_modules/');
    return i < 0 ? location : location.slice(i + 'node_modules/'.length);
}
export function namesInLocation(location) {
    return location.split(/(?:^|\/)node_modules\//).filter(Boolean);
}
function parentOf(location) {
    const i = location.lastIndexOf('/node_modules/');
    return i < 0 ? '' : location.slice(0, i);
}
/** Breadth-first from the project: the shortest chain of dependencies to every location. */
function dependencyPaths(raw, rootDeps) {
    const byLoc = new Map(raw.map((n) => [n.location, n]));
    const follow = (n) => (n?.linkTo ? (byLoc.get(n.linkTo) ?? n) : n);
    const resolve = (from, dep) => {
        for (let at = from;; at = at.includes('node_modules/') ? parentOf(at) : '') {
            const hit = byLoc.get(`${at ? at + '/' : ''}node_modules/${dep}`);
            if (hit)
                return follow(hit);
            if (at === '')
                return undefined;
        }
    };
    const paths = new Map();
    const queue = [];
    const visit = (node, path) => {
        if (!node || paths.has(node.location))
            return;
        const p = [...path, node.name];
        paths.set(node.location, p);
        queue.push({ node, path: p });
    };
    for (const d of rootDeps)
        visit(resolve('', d), []);
    for (let i = 0; i < queue.length; i++) {
        const { node, path } = queue[i];
        for (const d of node.deps)
            visit(resolve(node.location, d), path);
    }
    return paths;
}
