// A ramp scenario from a file (`scenarios/*.ramp.yaml|json|ts`), an inline config object,
// or nothing (the playbook defaults), with command-line overrides applied before validation.
import { RampScenario } from "./scenario.js";
import { readRaw, formatIssues } from "../../core/load-file.js";
import { UsageError } from "../../core/errors.js";
export async function resolveRampScenario(source, overrides, where = 'load') {
    let base = {};
    let file = where;
    if (typeof source === 'string') {
        base = (await readRaw(source)).raw;
        file = source;
    }
    else if (source) {
        base = source;
    }
    if (typeof base !== 'object' || base === null || Array.isArray(base)) {
        throw new UsageError(`${file}: a ramp scenario must be a mapping of settings`);
    }
    const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
    const parsed = RampScenario.safeParse({ ...base, ...defined });
    if (!parsed.success)
        throw new UsageError(formatIssues(file, parsed.error.issues));
    return parsed.data;
}
