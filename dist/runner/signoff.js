// Weekly-patch sign-off: who approved which verdict, when, for which commit, bound to the
// sha256 of result.json so a later edit of the result is detected.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from "../core/atomic-write.js";
import { UsageError } from "../core/errors.js";
import { Result } from "./result.js";
export const SignoffRecord = z.object({
    by: z.string(),
    at: z.string(),
    verdict: z.string(),
    commit: z.string().optional(),
    resultSha256: z.string(),
    note: z.string().optional(),
    override: z.string().optional(),
});
const SignoffFile = z.object({ signoffs: z.array(SignoffRecord).min(1) });
export const SIGNOFF_FILE = 'signoff.json';
export function sha256(data) {
    return createHash('sha256').update(data).digest('hex');
}
function gitCommit(cwd) {
    try {
        return execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
export class SignoffRefused extends Error {
    name = 'SignoffRefused';
}
export async function signoff(dir, o) {
    const file = join(dir, 'result.json');
    let bytes;
    try {
        bytes = await readFile(file);
    }
    catch {
        throw new UsageError(`${file}: no result.json to sign off`);
    }
    const result = Result.parse(JSON.parse(bytes.toString('utf8')));
    if (!o.by.trim())
        throw new UsageError('--by: name who signs off');
    const prior = await checkSignoff(dir);
    if (prior?.tampered)
        throw new SignoffRefused(prior.tampered);
    if ((result.verdict === 'fail' || result.verdict === 'error') && !o.override) {
        throw new SignoffRefused(`refusing to sign off a report whose verdict is ${result.verdict}; pass --override REASON to sign it anyway`);
    }
    const commit = gitCommit(process.cwd());
    const record = {
        by: o.by,
        at: (o.now ?? new Date()).toISOString(),
        verdict: result.verdict,
        ...(commit ? { commit } : {}),
        resultSha256: sha256(bytes),
        ...(o.note ? { note: o.note } : {}),
        ...(o.override ? { override: o.override } : {}),
    };
    const history = prior ? prior.history : [];
    await writeFileAtomic(join(dir, SIGNOFF_FILE), JSON.stringify({ signoffs: [...history, record] }, null, 2) + '\n');
    return record;
}
export async function checkSignoff(dir) {
    const file = join(dir, SIGNOFF_FILE);
    if (!existsSync(file))
        return undefined;
    const parsed = SignoffFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success)
        return undefined;
    const history = parsed.data.signoffs;
    const record = history[history.length - 1];
    const now = sha256(await readFile(join(dir, 'result.json')));
    return {
        record,
        history,
        ...(now !== record.resultSha256
            ? {
                tampered: `result.json was changed after ${record.by} signed it off at ${record.at} (sha256 ${now.slice(0, 12)}… is not the signed ${record.resultSha256.slice(0, 12)}…)`,
            }
            : {}),
    };
}
