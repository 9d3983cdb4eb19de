// Which gates judge a run. Every probe that runs is judged: by the user's gate files when one
// of them has a section for that probe, else by the playbook's defaults shipped with shipgate
// (the same rule in `shipgate run` and in each single-probe command). Problems are found
// before anything is measured: a gate id used twice, or a probe that nothing would judge.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from "../core/errors.js";
import { compileGates, loadGateFile } from "./gate-spec.js";
/** The gate files shipped with shipgate (`gates/` in the package). */
export const PACKAGED_GATES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'gates');
export function packagedGates(name) {
    return join(PACKAGED_GATES_DIR, name);
}
export async function planGates(r) {
    const user = [];
    for (const f of r.files)
        user.push(await loadGateFile(f, r.catalogs));
    const packaged = new Map();
    const problems = [];
    const out = [];
    for (const { probe, defaults, extra } of r.probes) {
        const own = user.filter((u) => u.sections.includes(probe));
        let gates = [];
        if (own.length) {
            gates = own.flatMap((u) => u.specs.filter((g) => g.probe === probe));
        }
        else {
            for (const name of defaults) {
                const file = packagedGates(name);
                if (!packaged.has(file))
                    packaged.set(file, await loadGateFile(file, r.catalogs));
                gates.push(...packaged
                    .get(file)
                    .specs.filter((g) => g.probe === probe)
                    .map((g) => ({ ...g, fromDefaults: true })));
            }
        }
        for (const e of extra) {
            try {
                gates.push(...compileGates(probe, e.defs, e.where, r.catalogs));
            }
            catch (err) {
                if (err instanceof UsageError)
                    problems.push(err.message);
                else
                    throw err;
            }
        }
        if (!gates.length) {
            const why = own.length ? `its section in ${own.map((u) => u.file).join(', ')} is empty` : 'the playbook has no default gate for it';
            problems.push(`the ${probe} probe runs but no gate would judge it: ${why}. Add a gate under "${probe}: gates:" (or remove the empty section to use the playbook's defaults)`);
        }
        out.push(...gates);
    }
    const byId = new Map();
    for (const g of out) {
        const other = byId.get(g.id);
        if (other)
            problems.push(`gate id "${g.id}" is used twice: ${where(other)} and ${where(g)}; ids name gates in annotations and baselines, rename one`);
        else
            byId.set(g.id, g);
    }
    if (problems.length)
        throw new UsageError(problems.join('\n'));
    return out;
}
function where(g) {
    return g.source ? `${g.source.file}${g.source.line ? `:${g.source.line}` : ''}` : `(${g.probe} settings)`;
}
