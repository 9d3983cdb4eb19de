// Every report file is written to a temp file and renamed into place, so a crash never
// leaves a half-written result.json behind.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
function tempName(file) {
    return join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
}
export async function writeFileAtomic(file, data) {
    await mkdir(dirname(file), { recursive: true });
    const tmp = tempName(file);
    await writeFile(tmp, data);
    await rename(tmp, file);
}
/** For the exit path of a signal handler, where nothing async may run. */
export function writeFileAtomicSync(file, data) {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = tempName(file);
    writeFileSync(tmp, data);
    renameSync(tmp, file);
}
