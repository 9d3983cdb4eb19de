export interface Tracked {
    /** A process group (a child spawned with `detached: true` leads one). */
    group?: number;
    /** A single process, e.g. a postmaster that must get a specific signal first. */
    pid?: number;
    /** The first signal; SIGKILL follows after a grace period. Default SIGTERM. */
    signal?: NodeJS.Signals;
    /** A folder to remove once the processes are gone. */
    dir?: string;
}
/** Registers a child (or a folder) to be stopped/removed if shipgate dies; returns the undo. */
export declare function track(entry: Tracked): () => void;
/** The watchdog's pid, for tests. */
export declare function watchdogPid(): number | undefined;
