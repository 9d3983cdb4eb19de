// Finding the config: shipgate.config.{ts,mts,js,mjs,json,yaml,yml} in the working folder,
// else in each folder above it up to the repository root (the folder holding .git).
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { UsageError } from "../core/errors.js";
export const CONFIG_NAMES = ['ts', 'mts', 'js', 'mjs', 'json', 'yaml', 'yml'].map((e) => `shipgate.config.${e}`);
export function findConfig(cwd) {
    for (let dir = cwd;; dir = dirname(dir)) {
        for (const name of CONFIG_NAMES) {
            const file = join(dir, name);
            if (existsSync(file))
                return relative(cwd, file) || name;
        }
        if (existsSync(join(dir, '.git')) || dirname(dir) === dir)
            break;
    }
    throw new UsageError(`no config found: looked for ${CONFIG_NAMES.join(', ')} in ${cwd} and up to the repository root`, 'create shipgate.config.yaml, e.g.\n  load:\n    target: http://127.0.0.1:3000/\n    steps: [10, 50, 100]\nor run one probe directly: shipgate ramp --target URL');
}
