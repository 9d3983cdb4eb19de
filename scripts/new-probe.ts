// `npm run new-probe -- <name>`: copy src/probes/_template to src/probes/<name>, rename its
// identifiers, and register the probe once in src/runner/registry.ts. Everything else (config
// section, command, gate-file section, metric catalog, result.json block, JSON Schema, docs)
// follows from the registry. Then: `npm run schema`, `npm run docs`, and fill in the pieces.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9]*$/.test(name)) {
  process.stderr.write('usage: npm run new-probe -- <name>   (lower case letters and digits, e.g. soak)\n');
  process.exit(2);
}
const root = join(import.meta.dirname, '..');
const dir = join(root, 'src', 'probes', name);
if (existsSync(dir)) {
  process.stderr.write(`src/probes/${name} exists already\n`);
  process.exit(2);
}
cpSync(join(root, 'src', 'probes', '_template'), dir, { recursive: true });
const Name = name[0]!.toUpperCase() + name.slice(1);
for (const f of readdirSync(dir)) {
  const p = join(dir, f);
  const text = readFileSync(p, 'utf8')
    .replace(/^\/\/ TEMPLATE: /gm, '// ')
    .replaceAll('TEMPLATE', name.toUpperCase())
    .replaceAll('Template', Name)
    .replaceAll('template', name);
  writeFileSync(p, text);
}
const registry = join(root, 'src', 'runner', 'registry.ts');
let reg = readFileSync(registry, 'utf8');
const lastImport = reg.lastIndexOf('import { ');
const endOfLine = reg.indexOf('\n', lastImport) + 1;
reg = `${reg.slice(0, endOfLine)}import { ${name}Probe } from '../probes/${name}/index.ts';\n${reg.slice(endOfLine)}`;
reg = reg.replace(/\] as const;/, `, ${name}Probe] as const;`);
writeFileSync(registry, reg);
process.stdout.write(`created src/probes/${name}/ and registered ${name}Probe; next: npm run schema && npm run docs\n`);
