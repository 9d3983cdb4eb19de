// Temporary folders shipgate owns (a scratch PostgreSQL's data, a Chromium profile): each
// records its owner's pid, is removed by the watchdog if shipgate dies, and a later run
// removes any whose owner is dead (the watchdog itself can die with the machine's session).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { track } from "./reaper.js";
const OWNER_FILE = '.shipgate-owner';
function startTime(pid) {
    try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}
function ownerAlive(o) {
    try {
        process.kill(o.pid, 0);
    }
    catch (err) {
        // EPERM: alive but another user's.
        return err.code === 'EPERM';
    }
    const now = startTime(o.pid);
    return o.start === undefined || now === undefined || now === o.start;
}
/** A fresh folder `<tmp>/<prefix>XXXXXX` that outlives no shipgate. Returns it and the undo. */
export function makeScratchDir(prefix) {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    const owner = { pid: process.pid, ...(startTime(process.pid) ? { start: startTime(process.pid) } : {}) };
    writeFileSync(join(dir, OWNER_FILE), JSON.stringify(owner));
    return { dir, untrack: track({ dir }) };
}
/**
 * Removes `<tmp>/<prefix>*` folders whose owner died; `beforeRemove` may stop what still runs
 * there first (a postmaster). Folders without an owner file are not ours to judge.
 */
export function sweepStaleDirs(prefix, beforeRemove) {
    const removed = [];
    let names;
    try {
        names = readdirSync(tmpdir()).filter((n) => n.startsWith(prefix));
    }
    catch {
        return removed;
    }
    for (const name of names) {
        const dir = join(tmpdir(), name);
        let owner;
        try {
            owner = JSON.parse(readFileSync(join(dir, OWNER_FILE), 'utf8'));
        }
        catch {
            continue;
        }
        if (typeof owner.pid !== 'number' || ownerAlive(owner))
            continue;
        try {
            beforeRemove?.(dir);
            rmSync(dir, { recursive: true, force: true });
            removed.push(dir);
        }
        catch {
            /* another run got there first, or it is not ours to remove */
        }
    }
    return removed;
}
