/** A fresh folder `<tmp>/<prefix>XXXXXX` that outlives no shipgate. Returns it and the undo. */
export declare function makeScratchDir(prefix: string): {
    dir: string;
    untrack: () => void;
};
/**
 * Removes `<tmp>/<prefix>*` folders whose owner died; `beforeRemove` may stop what still runs
 * there first (a postmaster). Folders without an owner file are not ours to judge.
 */
export declare function sweepStaleDirs(prefix: string, beforeRemove?: (dir: string) => void): string[];
